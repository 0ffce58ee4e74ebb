import type { ProfileBehaviours } from '../behaviour';
import { conditionRun } from './steps/condition.run';
import { customIntegrationRun } from './steps/custom-integration.run';
import { endRun } from './steps/end.run';
import { sendEmailRun } from './steps/send-email.run';
import { updateCustomFieldRun } from './steps/update-custom-field.run';
import { waitRun } from './steps/wait.run';
import { cartAbandonedRun } from './triggers/cart-abandoned.run';
import { dateFieldRun } from './triggers/date-field.run';
import { enteredSegmentRun } from './triggers/entered-segment.run';
import { formSubmittedRun } from './triggers/form-submitted.run';
import { pageVisitRun } from './triggers/page-visit.run';

/** How each journeys type behaves at run time: one `*.run.ts` file beside each type's declaration. */
export const journeysBehaviours: ProfileBehaviours = {
  pageVisit: pageVisitRun,
  cartAbandoned: cartAbandonedRun,
  formSubmitted: formSubmittedRun,
  enteredSegment: enteredSegmentRun,
  dateField: dateFieldRun,
  sendEmail: sendEmailRun,
  wait: waitRun,
  condition: conditionRun,
  updateCustomField: updateCustomFieldRun,
  customIntegration: customIntegrationRun,
  end: endRun,
};
