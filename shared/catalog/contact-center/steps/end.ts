import { z } from 'zod';
import { noPorts } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('contact-center', 'end');

/**
 * Ends the flow. In a customer flow the call is disconnected; in a reusable flow control
 * returns to the flow that called it, which continues after its "Call reusable flow" step.
 */
export const end = defineStep({
  type: 'end',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'phone-off',
  config: () => z.object({}),
  defaultConfig: {},
  ports: noPorts,
  references: [],
});
