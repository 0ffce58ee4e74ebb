import { stepBehaviour } from '../../behaviour';
import type { ConfigOf, StepResult } from '../../behaviour';
import { askForKeys, retryOrLeave } from '../call-run';
import type { menu } from './menu';

/**
 * Plays the menu's prompt and waits for a key until the input timeout. A key with an option
 * goes by that option's port; no key in time is a "no input" attempt, a key without an option
 * an "invalid" one, and the prompt plays again until the attempts are used up. Only the first
 * key pressed counts: a menu routes by one key.
 */
export const menuRun = stepBehaviour<ConfigOf<typeof menu>>({
  enter: (run) => askForKeys(run),
  resume: (run, input): StepResult => {
    if (input.kind !== 'digits') return retryOrLeave(run, 'noInput');
    const key = input.digits.charAt(0);
    if (key === '') return retryOrLeave(run, 'noInput');
    const option = run.config.options.find((candidate) => candidate.digit === key);
    return option ? { next: option.id } : retryOrLeave(run, 'invalid');
  },
});
