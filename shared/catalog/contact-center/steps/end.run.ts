import { stepBehaviour } from '../../behaviour';
import type { ConfigOf, StepResult } from '../../behaviour';
import type { end } from './end';

/**
 * Ends the flow. In a customer flow the call is disconnected (`callEnded`); in a reusable flow
 * control returns to the flow that called it, which goes on after its call step (the type says
 * so; a reusable flow run on its own just completes).
 */
export const endRun = stepBehaviour<ConfigOf<typeof end>>({
  enter: (run): StepResult => (run.flowKind === 'reusable' ? { end: 'completed' } : { end: 'callEnded', effects: [{ kind: 'callEnded' }] }),
});
