import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('pipeline', 'cardCreated');

/** Runs the flow's automations when a card is created in this pipeline; needs no configuration. */
export const cardCreated = defineStep({
  type: 'cardCreated',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'square-plus',
  config: () => z.object({}),
  defaultConfig: {},
  ports: nextOnly,
  references: [],
  summary: (_, locale) => inLocale(text('summary.whenACardIs'), locale),
  listens: () => [{ event: 'card.created' }],
});
