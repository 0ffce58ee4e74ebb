import { singleTriggerStarter } from '../starter';
import type { ProfileCatalog } from '../types';
import { JOURNEYS_REF_DEFAULTS } from './ref-policies';
import { condition } from './steps/condition';
import { customIntegration } from './steps/custom-integration';
import { end } from './steps/end';
import { sendEmail } from './steps/send-email';
import { updateCustomField } from './steps/update-custom-field';
import { wait } from './steps/wait';
import { cartAbandoned } from './triggers/cart-abandoned';
import { dateField } from './triggers/date-field';
import { enteredSegment } from './triggers/entered-segment';
import { formSubmitted } from './triggers/form-submitted';
import { pageVisit } from './triggers/page-visit';
import { catalogTexts } from '../catalog-texts';

const text = catalogTexts('journeys', 'profile');

/**
 * Marketing journeys: one entry trigger, then emails, waits and yes/no conditions.
 * Segments and custom fields travel as declarations and are matched on import, never
 * created; product filters and integrated-form references are dropped.
 */
export const journeysCatalog: ProfileCatalog = {
  profile: 'journeys',
  labels: text('label'),
  kinds: ['standard'],
  triggers: { min: 1, max: 1 },
  // The platform documents no limits on steps or size.
  limits: {},
  types: [
    // Triggers, then steps, in palette order.
    pageVisit,
    cartAbandoned,
    formSubmitted,
    enteredSegment,
    dateField,
    sendEmail,
    wait,
    condition,
    updateCustomField,
    customIntegration,
    end,
  ],
  refDefaults: JOURNEYS_REF_DEFAULTS,
  // "Page visit" defaults to any page, so a new journey is valid as soon as it exists.
  starter: singleTriggerStarter(pageVisit),
};
