import { singleTriggerStarter } from '../starter';
import type { ProfileCatalog } from '../types';
import { CONTACT_CENTER_REF_DEFAULTS } from './ref-policies';
import { businessHours } from './steps/business-hours';
import { callReusableFlow } from './steps/call-reusable-flow';
import { collectDigits } from './steps/collect-digits';
import { end } from './steps/end';
import { menu } from './steps/menu';
import { playPrompt } from './steps/play-prompt';
import { queue } from './steps/queue';
import { queueWithFlow } from './steps/queue-with-flow';
import { script } from './steps/script';
import { setDisposition } from './steps/set-disposition';
import { start } from './triggers/start';
import { transfer } from './steps/transfer';
import { catalogTexts } from '../catalog-texts';

const text = catalogTexts('contact-center', 'profile');

/**
 * Contact-center platforms: call flows of two kinds that are not interchangeable. Customer
 * flows answer calls; reusable flows are called from other flows (or played while a caller
 * waits in a queue). Every flow has exactly one Start.
 */
export const contactCenterCatalog: ProfileCatalog = {
  profile: 'contact-center',
  labels: text('label'),
  kinds: ['customer', 'reusable'],
  triggers: { min: 1, max: 1 },
  // The platforms document no step, size or flow-count limits.
  limits: {},
  types: [
    start,
    playPrompt,
    menu,
    collectDigits,
    businessHours,
    queue,
    queueWithFlow,
    transfer,
    callReusableFlow,
    setDisposition,
    script,
    end,
  ],
  refDefaults: CONTACT_CENTER_REF_DEFAULTS,
  // Start needs no configuration, so a flow holding only it is valid in either kind.
  starter: singleTriggerStarter(start),
};
