import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('contact-center', 'start');

/**
 * Where every call flow begins, in both kinds: a customer flow starts when a call arrives
 * on a number routed to it; a reusable flow starts when another flow calls it. It needs no
 * configuration, so a new flow holding only this node is already valid.
 */
export const start = defineStep({
  type: 'start',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'phone-incoming',
  config: () => z.object({}),
  defaultConfig: {},
  ports: nextOnly,
  references: [],
});
