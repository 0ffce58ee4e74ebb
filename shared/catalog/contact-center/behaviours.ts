import type { ProfileBehaviours } from '../behaviour';
import { businessHoursRun } from './steps/business-hours.run';
import { callReusableFlowRun } from './steps/call-reusable-flow.run';
import { collectDigitsRun } from './steps/collect-digits.run';
import { endRun } from './steps/end.run';
import { menuRun } from './steps/menu.run';
import { playPromptRun } from './steps/play-prompt.run';
import { queueRun } from './steps/queue.run';
import { queueWithFlowRun } from './steps/queue-with-flow.run';
import { scriptRun } from './steps/script.run';
import { setDispositionRun } from './steps/set-disposition.run';
import { transferRun } from './steps/transfer.run';
import { startRun } from './triggers/start.run';

/** How each contact-center type behaves at run time: one `*.run.ts` file beside each type's declaration. */
export const contactCenterBehaviours: ProfileBehaviours = {
  start: startRun,
  playPrompt: playPromptRun,
  menu: menuRun,
  collectDigits: collectDigitsRun,
  businessHours: businessHoursRun,
  queue: queueRun,
  queueWithFlow: queueWithFlowRun,
  transfer: transferRun,
  callReusableFlow: callReusableFlowRun,
  setDisposition: setDispositionRun,
  script: scriptRun,
  end: endRun,
};
