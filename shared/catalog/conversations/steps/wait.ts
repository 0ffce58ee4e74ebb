import { z } from 'zod';
import { durationField, formatDuration, nextOnly, noPorts, refField } from '../../common-fields';
import { defineStep, field } from '../../define';
import { t } from '../../labels';
import { conversationsRef } from '../ref-policies';

/** Pauses the contact in the workflow for a while. */
export const wait = defineStep({
  type: 'wait',
  role: 'step',
  labels: t('Wait', 'Aguardar', 'Esperar'),
  description: t(
    'Waits for the given time before the next step.',
    'Aguarda o tempo indicado antes do próximo passo.',
    'Espera el tiempo indicado antes del siguiente paso.',
  ),
  icon: 'hourglass',
  config: () => z.object({
    duration: durationField(t('Wait for', 'Aguardar por', 'Esperar durante'), 60),
  }),
  defaultConfig: { duration: 60 * 60 },
  ports: nextOnly,
  references: [],
  summary: (config) => formatDuration(config.duration),
});

/**
 * Continues at another step of the same workflow, for retries and loops back to a question.
 * It has no ports: the jump is its continuation, which the validator follows via `jumpTargets`.
 */
export const jumpTo = defineStep({
  type: 'jumpTo',
  role: 'step',
  labels: t('Jump to', 'Ir para', 'Ir a'),
  description: t(
    'Continues at another step of this workflow.',
    'Continua em outro passo deste fluxo.',
    'Continúa en otro paso de este flujo.',
  ),
  icon: 'corner-up-left',
  config: () => z.object({
    // A node id of this flow; empty while the step is a draft.
    target: field(
      z
        .string()
        .max(100)
        .regex(/^[A-Za-z0-9_.:-]*$/, { error: 'choose a step of this workflow' }),
      { label: t('Step to jump to', 'Passo de destino', 'Paso de destino'), widget: 'text', required: true },
    ),
  }),
  defaultConfig: { target: '' },
  ports: noPorts,
  references: [],
  jumpTargets: (config) => (config.target ? [config.target] : []),
  summary: (config) => `→ ${config.target || '?'}`,
});

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
