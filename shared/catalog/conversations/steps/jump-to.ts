import { z } from 'zod';
import { formatHint } from '../../format-hints';
import { noPorts } from '../../common-fields';
import { defineStep, field } from '../../define';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'jumpTo');

/**
 * Continues at another step of the same workflow, for retries and loops back to a question.
 * It has no ports: the jump is its continuation, which the validator follows via `jumpTargets`.
 */
export const jumpTo = defineStep({
  type: 'jumpTo',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'corner-up-left',
  config: () => z.object({
    // A node id of this flow; empty while the step is a draft.
    target: field(
      z
        .string()
        .max(100)
        .regex(/^[A-Za-z0-9_.:-]*$/, formatHint('jumpTarget')),
      { label: text('field.target.label'), widget: 'text', required: true },
    ),
  }),
  defaultConfig: { target: '' },
  ports: noPorts,
  references: [],
  jumpTargets: (config) => (config.target ? [config.target] : []),
  summary: (config) => `→ ${config.target || '?'}`,
});
