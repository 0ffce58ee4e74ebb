import { TIMEOUT_PORT, durationField, refField } from '../common-fields';
import type { EntityRef } from '../../format/entity-ref';
import { inLanguage, t } from '../labels';
import type { Locale } from '../labels';
import type { Port } from '../types';

/** What the two queue steps share: the queue, the longest wait, the ports and the summary. */

/** Ten minutes: how long a caller waits for an agent unless the author says otherwise. */
export const DEFAULT_QUEUE_TIMEOUT_SECONDS = 10 * 60;

export const queueRefField = () => refField('queue', t('Queue', 'Fila', 'Cola'));
export const queueTimeoutField = () => durationField(t('Maximum wait', 'Espera máxima', 'Espera máxima'));

/**
 * Queue steps have no main port: once an agent answers, the call belongs to the agent and
 * this flow is over. The flow only continues, through "Timeout", when nobody answers in time.
 */
export const queuePorts = (): Port[] => [TIMEOUT_PORT];

export const queueSummary = (queue: EntityRef, timeoutSeconds: number, locale?: Locale) =>
  `${inLanguage(locale, 'Queue', 'Fila', 'Cola')} ${queue.name ?? '?'} (${inLanguage(locale, 'max', 'máx.', 'máx.')} ${Math.round(timeoutSeconds / 60)} min)`;
