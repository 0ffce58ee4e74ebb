import { heardIn, triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import { formSubmitted } from './form-submitted';

/** Enrols the contact who submits the trigger's form; no other form. */
export const formSubmittedRun = triggerBehaviour<ConfigOf<typeof formSubmitted>>({
  starts: (config, event) => heardIn(formSubmitted.listens!(config), event),
  sampleEvent: (config): RunEvent => ({ event: 'form.submitted', ref: config.form }),
});
