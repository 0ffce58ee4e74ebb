import { z } from 'zod';
import { TIMEOUT_PORT, durationField, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';
import type { Port, Signal } from '../../types';
import { isPlaceholder } from '../../../format/entity-ref';
import type { EntityRef } from '../../../format/entity-ref';
import type { Locale } from '../../labels';

/** Ten minutes: how long a caller waits for an agent unless the author says otherwise. */
const DEFAULT_QUEUE_TIMEOUT_SECONDS = 10 * 60;

const queueRefField = () => refField('queue', t('Queue', 'Fila', 'Cola'));
const queueTimeoutField = () => durationField(t('Maximum wait', 'Espera máxima', 'Espera máxima'));

/**
 * Queue steps have no main port: once an agent answers, the call belongs to the agent and
 * this flow is over. The flow only continues, through "Timeout", when nobody answers in time.
 */
const queuePorts = (): Port[] => [TIMEOUT_PORT];

const queueSummary = (queue: EntityRef, timeoutSeconds: number, locale?: Locale) =>
  `${inLanguage(locale, 'Queue', 'Fila', 'Cola')} ${queue.name ?? '?'} (${inLanguage(locale, 'max', 'máx.', 'máx.')} ${Math.round(timeoutSeconds / 60)} min)`;

/** Puts the call in a queue for the next available agent, with the queue's own hold treatment. */
export const queue = defineStep({
  type: 'queue',
  role: 'step',
  labels: t('Queue', 'Fila', 'Cola'),
  description: t(
    'Puts the call in a queue until an agent answers; continues through "Timeout" if nobody answers in time.',
    'Coloca a chamada numa fila até um agente atender; segue por "Tempo esgotado" se ninguém atender a tempo.',
    'Pone la llamada en una cola hasta que atienda un agente; sigue por "Tiempo agotado" si nadie atiende a tiempo.',
  ),
  icon: 'users',
  config: () => z.object({
    queue: queueRefField(),
    timeoutSeconds: queueTimeoutField(),
  }),
  defaultConfig: { queue: { $ref: 'queue' }, timeoutSeconds: DEFAULT_QUEUE_TIMEOUT_SECONDS },
  ports: queuePorts,
  references: [{ field: 'queue', kinds: ['queue'], export: 'keep', import: 'linkByUuid' }],
  summary: (config, locale) => queueSummary(config.queue, config.timeoutSeconds, locale),
});

/**
 * Queues the call and runs a reusable flow for the caller while they wait (hold messages,
 * position announcements, music). The platform only accepts a reusable flow there, and
 * that flow must exist in the destination before this one is imported.
 */
export const queueWithFlow = defineStep({
  type: 'queueWithFlow',
  role: 'step',
  labels: t('Queue with waiting flow', 'Fila com fluxo de espera', 'Cola con flujo de espera'),
  description: t(
    'Puts the call in a queue and runs a reusable flow for the caller while they wait.',
    'Coloca a chamada numa fila e executa um fluxo reutilizável enquanto a pessoa aguarda.',
    'Pone la llamada en una cola y ejecuta un flujo reutilizable mientras quien llama espera.',
  ),
  icon: 'headphones',
  config: () => z.object({
    queue: queueRefField(),
    waitingFlow: refField('flow', t('Waiting flow (reusable)', 'Fluxo de espera (reutilizável)', 'Flujo de espera (reutilizable)')),
    timeoutSeconds: queueTimeoutField(),
  }),
  defaultConfig: { queue: { $ref: 'queue' }, waitingFlow: { $ref: 'flow' }, timeoutSeconds: DEFAULT_QUEUE_TIMEOUT_SECONDS },
  ports: queuePorts,
  references: [
    { field: 'queue', kinds: ['queue'], export: 'keep', import: 'linkByUuid' },
    { field: 'waitingFlow', kinds: ['flow'], export: 'keep', import: 'link' },
  ],
  summary: (config, locale) => `${queueSummary(config.queue, config.timeoutSeconds, locale)}, ${inLanguage(locale, 'waiting', 'espera', 'espera')}: ${config.waitingFlow.name ?? '?'}`,
  // A placeholder names no flow yet: REF_PLACEHOLDER already reports it.
  requiresFlowKind: (config) =>
    isPlaceholder(config.waitingFlow) ? [] : [{ ref: config.waitingFlow, kind: 'reusable', path: ['config', 'waitingFlow'] }],
  emits: (config): Signal[] => (isPlaceholder(config.waitingFlow) ? [] : [{ event: 'flow.triggered', ref: config.waitingFlow }]),
});
