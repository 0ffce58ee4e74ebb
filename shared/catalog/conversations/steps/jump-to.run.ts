import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { jumpTo } from './jump-to';

/**
 * Continues at the target step. A draft without a target cannot be published; run anyway, it
 * ends the workflow as an unconnected branch does.
 */
export const jumpToRun = stepBehaviour<ConfigOf<typeof jumpTo>>({
  enter: (run) => (run.config.target ? { jump: run.config.target } : { end: 'completed' }),
});
