import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { end } from './end';

/** Ends the journey for the contact. */
export const endRun = stepBehaviour<ConfigOf<typeof end>>({
  enter: () => ({ end: 'completed' }),
});
