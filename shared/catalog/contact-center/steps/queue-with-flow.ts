import { z } from 'zod';
import { refField } from '../../common-fields';
import { defineStep } from '../../define';
import type { Signal } from '../../types';
import { isPlaceholder } from '../../../format/entity-ref';
import { DEFAULT_QUEUE_TIMEOUT_SECONDS, queuePorts, queueRefField, queueSummary, queueTimeoutField } from '../queue-fields';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('contact-center', 'queueWithFlow');

/**
 * Queues the call and runs a reusable flow for the caller while they wait (hold messages,
 * position announcements, music). The platform only accepts a reusable flow there, and
 * that flow must exist in the destination before this one is imported.
 */
export const queueWithFlow = defineStep({
  type: 'queueWithFlow',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'headphones',
  config: () => z.object({
    queue: queueRefField(),
    waitingFlow: refField('flow', text('field.waitingFlow.label')),
    timeoutSeconds: queueTimeoutField(),
  }),
  defaultConfig: { queue: { $ref: 'queue' }, waitingFlow: { $ref: 'flow' }, timeoutSeconds: DEFAULT_QUEUE_TIMEOUT_SECONDS },
  ports: queuePorts,
  references: [
    { field: 'queue', kinds: ['queue'], export: 'keep', import: 'linkByUuid' },
    { field: 'waitingFlow', kinds: ['flow'], export: 'keep', import: 'link' },
  ],
  summary: (config, locale) => inLocale(text('summary.waiting'), locale, { queue: queueSummary(config.queue, config.timeoutSeconds, locale), waitingFlow: config.waitingFlow.name ?? '?' }),
  // A placeholder names no flow yet: REF_PLACEHOLDER already reports it.
  requiresFlowKind: (config) =>
    isPlaceholder(config.waitingFlow) ? [] : [{ ref: config.waitingFlow, kind: 'reusable', path: ['config', 'waitingFlow'] }],
  emits: (config): Signal[] => (isPlaceholder(config.waitingFlow) ? [] : [{ event: 'flow.triggered', ref: config.waitingFlow }]),
});
