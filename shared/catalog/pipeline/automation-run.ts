import { stepBehaviour } from '../behaviour';
import type { StepBehaviour, StepResult, StepRun } from '../behaviour';

/**
 * A column automation's behaviour: an automation switched off does nothing and the card goes on
 * to the next one, which runs as usual ("an inactive automation does nothing"; the platforms
 * install imported e-mail automations inactive until someone configures them).
 */
export function automationBehaviour<Config extends { active: boolean }>(enter: (run: StepRun<Config>) => StepResult): StepBehaviour<Config> {
  return stepBehaviour<Config>({
    enter: (run) => (run.config.active ? enter(run) : { next: 'next' }),
  });
}
