import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { conversationsRef } from '../ref-policies';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'triggerWorkflow');

/** Enrols the contact in another workflow; two workflows that trigger each other block publishing. */
export const triggerWorkflow = defineStep({
  type: 'triggerWorkflow',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'workflow',
  config: () => z.object({
    flow: refField('flow', text('field.flow.label')),
  }),
  defaultConfig: { flow: { $ref: 'flow' } },
  ports: nextOnly,
  references: [conversationsRef('flow', 'flow')],
  summary: (config) => config.flow.name ?? '?',
  emits: (config) => [{ event: 'flow.triggered', ref: config.flow }],
});
