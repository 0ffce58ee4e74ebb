import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep, field } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('journeys', 'cartAbandoned');

/** Enrols a contact whose shopping cart has had no activity for a number of minutes. */
export const cartAbandoned = defineStep({
  type: 'cartAbandoned',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'shopping-cart',
  config: () => z.object({
    afterMinutes: field(z.number().int().min(1).max(7 * 24 * 60), {
      label: text('field.afterMinutes.label'),
      widget: 'number',
      help: text('field.afterMinutes.help'),
    }),
  }),
  defaultConfig: { afterMinutes: 60 },
  ports: nextOnly,
  references: [],
  summary: (config, locale) => inLocale(text('summary.cartAbandonedFor'), locale, { afterMinutes: config.afterMinutes }),
});
