import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep, field } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('journeys', 'dateField');

/**
 * Enrols each contact a number of days before or after the date stored in one of their
 * custom fields (a birthday, a renewal date).
 */
export const dateField = defineStep({
  type: 'dateField',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'calendar-clock',
  config: () => z.object({
    customField: refField('customField', text('field.customField.label')),
    direction: field(z.enum(['before', 'after']), {
      label: text('field.direction.label'),
      widget: 'select',
      options: {
        before: text('field.direction.option.before'),
        after: text('field.direction.option.after'),
      },
    }),
    offsetDays: field(z.number().int().min(0).max(365), {
      label: text('field.offsetDays.label'),
      widget: 'number',
      help: text('field.offsetDays.help'),
    }),
  }),
  defaultConfig: { customField: { $ref: 'customField' }, direction: 'before', offsetDays: 0 },
  ports: nextOnly,
  references: [{ field: 'customField', kinds: ['customField'], export: 'keep', import: 'matchOrRemove' }],
  summary: (config, locale) => {
    const name = config.customField.name ?? '?';
    if (config.offsetDays === 0) return inLocale(text('summary.on'), locale, { field: name });
    return inLocale(config.direction === 'before' ? text('summary.before') : text('summary.after'), locale, { days: config.offsetDays, field: name });
  },
});
