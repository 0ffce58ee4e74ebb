import { z } from 'zod';
import { noPorts } from '../../common-fields';
import { defineStep, field } from '../../define';
import { t } from '../../labels';

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
