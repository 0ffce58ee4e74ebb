import { TIMEOUT_PORT, durationField, refField } from '../common-fields';
import type { EntityRef } from '../../format/entity-ref';
import type { Locale } from '../labels';
import type { Port } from '../types';
import { catalogTexts, inLocale } from '../catalog-texts';

const text = catalogTexts('contact-center', 'queueFields');

/** What the two queue steps share: the queue, the longest wait, the ports and the summary. */

/** Ten minutes: how long a caller waits for an agent unless the author says otherwise. */
export const DEFAULT_QUEUE_TIMEOUT_SECONDS = 10 * 60;

export const queueRefField = () => refField('queue', text('field.queue.label'));
export const queueTimeoutField = () => durationField(text('field.timeout.label'));

/**
 * Queue steps have no main port: once an agent answers, the call belongs to the agent and
 * this flow is over. The flow only continues, through "Timeout", when nobody answers in time.
 */
export const queuePorts = (): Port[] => [TIMEOUT_PORT];

export const queueSummary = (queue: EntityRef, timeoutSeconds: number, locale?: Locale) =>
  inLocale(text('summary.queue'), locale, { queue: queue.name ?? '?', minutes: Math.round(timeoutSeconds / 60) });
