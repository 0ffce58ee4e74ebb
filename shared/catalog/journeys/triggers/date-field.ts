import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';

/**
 * Enrols each contact a number of days before or after the date stored in one of their
 * custom fields (a birthday, a renewal date).
 */
export const dateField = defineStep({
  type: 'dateField',
  role: 'trigger',
  labels: t('Date field', 'Campo de data', 'Campo de fecha'),
  description: t(
    'Starts on a date relative to a date custom field of the contact.',
    'Inicia em uma data relativa a um campo personalizado de data do contato.',
    'Se inicia en una fecha relativa a un campo personalizado de fecha del contacto.',
  ),
  icon: 'calendar-clock',
  config: () => z.object({
    customField: refField('customField', t('Date field', 'Campo de data', 'Campo de fecha')),
    direction: field(z.enum(['before', 'after']), {
      label: t('When', 'Quando', 'Cuándo'),
      widget: 'select',
      options: {
        before: t('Before the date', 'Antes da data', 'Antes de la fecha'),
        after: t('After the date', 'Depois da data', 'Después de la fecha'),
      },
    }),
    offsetDays: field(z.number().int().min(0).max(365), {
      label: t('Days', 'Dias', 'Días'),
      widget: 'number',
      help: t('0 means on the date itself.', '0 significa na própria data.', '0 significa en la misma fecha.'),
    }),
  }),
  defaultConfig: { customField: { $ref: 'customField' }, direction: 'before', offsetDays: 0 },
  ports: nextOnly,
  references: [{ field: 'customField', kinds: ['customField'], export: 'keep', import: 'matchOrRemove' }],
  summary: (config, locale) => {
    const name = config.customField.name ?? '?';
    if (config.offsetDays === 0) return `${inLanguage(locale, 'On', 'Em', 'En')} ${name}`;
    const when = config.direction === 'before' ? inLanguage(locale, 'before', 'antes de', 'antes de') : inLanguage(locale, 'after', 'depois de', 'después de');
    return `${config.offsetDays} d ${when} ${name}`;
  },
});
