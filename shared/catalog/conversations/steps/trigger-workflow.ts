import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { t } from '../../labels';
import { conversationsRef } from '../ref-policies';

/** Enrols the contact in another workflow; two workflows that trigger each other block publishing. */
export const triggerWorkflow = defineStep({
  type: 'triggerWorkflow',
  role: 'step',
  labels: t('Trigger another workflow', 'Acionar outro fluxo', 'Activar otro flujo'),
  description: t(
    'Starts another workflow for the contact.',
    'Inicia outro fluxo para o contato.',
    'Inicia otro flujo para el contacto.',
  ),
  icon: 'workflow',
  config: () => z.object({
    flow: refField('flow', t('Workflow', 'Fluxo', 'Flujo')),
  }),
  defaultConfig: { flow: { $ref: 'flow' } },
  ports: nextOnly,
  references: [conversationsRef('flow', 'flow')],
  summary: (config) => config.flow.name ?? '?',
  emits: (config) => [{ event: 'flow.triggered', ref: config.flow }],
});
