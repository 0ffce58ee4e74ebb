import { heardIn, triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import { contactFieldUpdated } from './contact-field-updated';

/** Starts when the chosen contact field changes (the event names the field). */
export const contactFieldUpdatedRun = triggerBehaviour<ConfigOf<typeof contactFieldUpdated>>({
  starts: (config, event) => heardIn(contactFieldUpdated.listens!(config), event),
  sampleEvent: (config): RunEvent => ({ event: 'contactField.updated', ref: config.field }),
});
