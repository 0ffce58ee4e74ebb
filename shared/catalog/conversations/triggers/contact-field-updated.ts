import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { conversationsRef } from '../ref-policies';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'contactFieldUpdated');

/** Starts the workflow when the value of one contact field changes. */
export const contactFieldUpdated = defineStep({
  type: 'contactFieldUpdated',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'user-pen',
  config: () => z.object({
    field: refField('customField', text('field.field.label')),
  }),
  defaultConfig: { field: { $ref: 'customField' } },
  ports: nextOnly,
  references: [conversationsRef('field', 'customField')],
  summary: (config) => config.field.name ?? '?',
  listens: (config) => [{ event: 'contactField.updated', ref: config.field }],
});
