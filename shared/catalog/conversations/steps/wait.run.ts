import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { wait } from './wait';

/** Holds the contact for the configured time on the virtual clock, then goes on. */
export const waitRun = stepBehaviour<ConfigOf<typeof wait>>({
  enter: (run) => ({ wait: 'time', deadline: run.now + run.config.duration * 1000 }),
  resume: () => ({ next: 'next' }),
});
