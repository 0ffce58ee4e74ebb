import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { script } from './script';

/**
 * Goes on by `next` without running the code. The platforms do not document what a script does
 * to a call, and running an author's code offline would be neither pure nor safe; a flow holding
 * a script cannot be exported to a tenant anyway, so a simulation only walks past it.
 */
export const scriptRun = stepBehaviour<ConfigOf<typeof script>>({
  enter: () => ({ next: 'next' }),
});
