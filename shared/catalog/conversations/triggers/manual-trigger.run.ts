import { triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import type { manualTrigger } from './manual-trigger';

/** Someone enrolled the contact by hand; the event names the workflow (`ref`). */
export const CONTACT_ENROLLED = 'contact.enrolled';

/**
 * Starts when someone enrols the contact by hand, or when another workflow's "trigger
 * workflow" step enrols it (`flow.triggered`). Either event names the workflow; which workflow
 * it concerns is the caller's check (shared/runtime/workflows.ts), as the trigger has no
 * configuration that could say.
 */
export const manualTriggerRun = triggerBehaviour<ConfigOf<typeof manualTrigger>>({
  starts: (_config, event) => event.event === CONTACT_ENROLLED || event.event === 'flow.triggered',
  sampleEvent: (): RunEvent => ({ event: CONTACT_ENROLLED }),
});
