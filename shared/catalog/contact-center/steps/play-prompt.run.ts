import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import { promptPlayed } from '../call-run';
import type { playPrompt } from './play-prompt';

/** Plays the prompt to the caller and goes on. */
export const playPromptRun = stepBehaviour<ConfigOf<typeof playPrompt>>({
  enter: (run) => ({ next: 'next', effects: [promptPlayed(run, run.config.prompt)] }),
});
