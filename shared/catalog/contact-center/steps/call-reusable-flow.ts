import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep } from '../../define';
import type { Signal } from '../../types';
import { isPlaceholder } from '../../../format/entity-ref';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('contact-center', 'callReusableFlow');

/**
 * Runs a reusable flow and, when it reaches its End, continues here through "Next". Only
 * reusable flows can be called (customer flows are not interchangeable with them), and
 * the called flow must be imported into a tenant before the flows that call it.
 *
 * @remarks Emits `flow.triggered` so that reusable flows calling each other in a circle
 * are reported as a loop: such a call never returns.
 */
export const callReusableFlow = defineStep({
  type: 'callReusableFlow',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'workflow',
  config: () => z.object({
    flow: refField('flow', text('field.flow.label')),
  }),
  defaultConfig: { flow: { $ref: 'flow' } },
  ports: nextOnly,
  references: [{ field: 'flow', kinds: ['flow'], export: 'keep', import: 'link' }],
  summary: (config, locale) => inLocale(text('summary.run'), locale, { flow: config.flow.name ?? '?' }),
  // A placeholder names no flow yet: REF_PLACEHOLDER already reports it.
  requiresFlowKind: (config) => (isPlaceholder(config.flow) ? [] : [{ ref: config.flow, kind: 'reusable', path: ['config', 'flow'] }]),
  emits: (config): Signal[] => (isPlaceholder(config.flow) ? [] : [{ event: 'flow.triggered', ref: config.flow }]),
});
