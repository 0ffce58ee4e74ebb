import { triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import type { start } from './start';

/** The event of a call arriving on a number routed to the flow. */
export const CALL_STARTED = 'call.started';

/**
 * A customer flow starts when a call arrives. A reusable flow is started by the flow that calls
 * it (the runner enters its Start directly), never by an event of its own.
 */
export const startRun = triggerBehaviour<ConfigOf<typeof start>>({
  starts: (_config, event) => event.event === CALL_STARTED,
  sampleEvent: (): RunEvent => ({ event: CALL_STARTED }),
});
