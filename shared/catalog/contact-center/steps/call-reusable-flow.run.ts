import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { callReusableFlow } from './call-reusable-flow';

/** Runs the reusable flow; when its path ends (or it reaches its End) the call goes on by `next`. */
export const callReusableFlowRun = stepBehaviour<ConfigOf<typeof callReusableFlow>>({
  enter: (run) => ({ call: run.config.flow, returnPort: 'next' }),
});
