import { z } from 'zod';
import { nextOnly, optionalText, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { isPlaceholder } from '../../../format/entity-ref';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('journeys', 'updateCustomField');

/** Writes a value into one of the contact's custom fields. The field is matched on import, never created. */
export const updateCustomField = defineStep({
  type: 'updateCustomField',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'pencil-line',
  config: () => z.object({
    customField: refField('customField', text('field.customField.label')),
    // Blank is a legitimate value: it clears the field.
    value: optionalText(text('field.value.label'), 'template', 2_000),
  }),
  defaultConfig: { customField: { $ref: 'customField' }, value: '' },
  ports: nextOnly,
  references: [{ field: 'customField', kinds: ['customField'], export: 'keep', import: 'matchOrRemove' }],
  // The value written may be corrected; which field it goes to is what later conditions and segments read, so it stays.
  editableWhileRunning: ['value'],
  summary: (config, locale) => `${config.customField.name ?? '?'} = ${config.value || inLocale(text('summary.empty'), locale)}`,
  emits: (config) =>
    isPlaceholder(config.customField) ? [] : [{ event: 'customField.updated', ref: config.customField }],
});
