import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { wait } from './wait';

/**
 * Holds the contact for the step's duration on the run's clock, then goes on. The journeys
 * page does not describe waits beyond their place in a journey; a wait only ends when its
 * time has passed, nothing the contact does cuts it short.
 */
export const waitRun = stepBehaviour<ConfigOf<typeof wait>>({
  enter: (run) => ({ wait: 'time', deadline: run.now + run.config.duration * 1000 }),
  resume: () => ({ next: 'next' }),
});
