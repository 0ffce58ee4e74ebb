import { z } from 'zod';
import { nextOnly, requiredText } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('contact-center', 'script');

/**
 * Runs custom code inside the call. The platform refuses to export or import a flow that
 * contains a script notation, so its presence blocks export here too.
 */
export const script = defineStep({
  type: 'script',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'code',
  config: () => z.object({
    code: requiredText(text('field.code.label'), 'textarea', 100_000),
  }),
  defaultConfig: { code: '' },
  ports: nextOnly,
  references: [],
  exportRules: { block: true },
  summary: (config, locale) => {
    const lines = config.code.split('\n').filter((line) => line.trim() !== '').length;
    return lines === 1
      ? inLocale(text('summary.oneLine'), locale)
      : inLocale(text('summary.lines'), locale, { lines });
  },
});
