import { z } from 'zod';
import { nextOnly, optionalText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('journeys', 'customIntegration');

/**
 * Sends the contact's data to an external endpoint. The platform refuses to export a
 * journey containing one, so its presence blocks export.
 */
export const customIntegration = defineStep({
  type: 'customIntegration',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'webhook',
  config: () => z.object({
    // Blank is accepted so that a new step is a well-formed draft; the required check reports it.
    url: field(z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2_000)]), {
      label: text('field.url.label'),
      widget: 'url',
      required: true,
    }),
    payload: optionalText(text('field.payload.label'), 'template', 20_000),
  }),
  defaultConfig: { url: '', payload: '' },
  ports: nextOnly,
  references: [],
  exportRules: { block: true },
  summary: (config, locale) => inLocale(text('summary.call'), locale, { url: config.url || '?' }),
});
