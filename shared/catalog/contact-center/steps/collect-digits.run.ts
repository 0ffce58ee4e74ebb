import { stepBehaviour } from '../../behaviour';
import type { ConfigOf, StepResult } from '../../behaviour';
import { askForKeys, retryOrLeave } from '../call-run';
import type { collectDigits } from './collect-digits';

type CollectDigitsConfig = ConfigOf<typeof collectDigits>;

/**
 * The keys collected: collection stops at the terminator key or once the most digits were typed
 * (keys after either are not collected), as call-flow platforms ordinarily do; the platforms'
 * page does not describe it.
 */
function collectedKeys(keys: string, config: CollectDigitsConfig): string {
  const end = config.terminator === 'none' ? -1 : keys.indexOf(config.terminator);
  return (end === -1 ? keys : keys.slice(0, end)).slice(0, config.maxDigits);
}

/** Whether collected keys are an answer: digits only, at least the least. */
function validDigits(typed: string, config: CollectDigitsConfig): boolean {
  return /^[0-9]*$/.test(typed) && typed.length >= config.minDigits;
}

/**
 * Plays the prompt and collects digits into the step's variable (as text: an account number
 * keeps its leading zeros), then goes by `next`. No key in time is a "no input" attempt, an
 * answer that is too short or holds other keys an "invalid" one; the prompt plays again until
 * the attempts are used up. The terminator alone is no input: nothing was entered.
 */
export const collectDigitsRun = stepBehaviour<CollectDigitsConfig>({
  enter: (run) => askForKeys(run),
  resume: (run, input): StepResult => {
    const digits = input.kind === 'digits' ? collectedKeys(input.digits, run.config) : '';
    if (digits === '') return retryOrLeave(run, 'noInput');
    if (!validDigits(digits, run.config)) return retryOrLeave(run, 'invalid');
    return {
      next: 'next',
      variables: run.config.variable ? { [run.config.variable]: digits } : {},
      effects: [{ kind: 'digitsCollected', detail: { variable: run.config.variable, digits } }],
    };
  },
});
