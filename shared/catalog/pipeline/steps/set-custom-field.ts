import { z } from 'zod';
import { activeField, nextOnly, optionalText, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { isPlaceholder } from '../../../format/entity-ref';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('pipeline', 'setCustomField');

/**
 * Sets a custom field of the card. The platform exports the value with the automation and
 * creates the field on import, so the reference is kept and created when missing.
 */
export const setCustomField = defineStep({
  type: 'setCustomField',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'text-cursor-input',
  config: () => z.object({
    active: activeField(),
    customField: refField('customField', text('field.customField.label')),
    // Blank is a legitimate value: it clears the field.
    value: optionalText(text('field.value.label'), 'template', 2_000),
  }),
  defaultConfig: { active: true, customField: { $ref: 'customField' }, value: '' },
  ports: nextOnly,
  references: [{ field: 'customField', kinds: ['customField'], export: 'keep', import: 'reuseOrCreate' }],
  summary: (config, locale) => `${config.customField.name ?? '?'} = ${config.value || inLocale(text('summary.empty'), locale)}`,
  emits: (config) =>
    isPlaceholder(config.customField) ? [] : [{ event: 'customField.updated', ref: config.customField }],
});
