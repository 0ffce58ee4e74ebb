import { z } from 'zod';
import { nextOnly, optionalText, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { conversationsRef } from '../ref-policies';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('conversations', 'updateContactField');

/**
 * Sets a contact field to a value, which may use {{variables}}; an empty value clears it.
 * Updating a field the workflow's own trigger watches re-fires the workflow.
 */
export const updateContactField = defineStep({
  type: 'updateContactField',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'user-pen',
  config: () => z.object({
    field: refField('customField', text('field.field.label')),
    value: optionalText(text('field.value.label'), 'template', 2000),
  }),
  defaultConfig: { field: { $ref: 'customField' }, value: '' },
  ports: nextOnly,
  references: [conversationsRef('field', 'customField')],
  summary: (config, locale) => `${config.field.name ?? '?'} = ${config.value || inLocale(text('summary.empty'), locale)}`,
  emits: (config) => [{ event: 'contactField.updated', ref: config.field }],
});
