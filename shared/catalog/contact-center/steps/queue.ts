import { z } from 'zod';
import { defineStep } from '../../define';
import { DEFAULT_QUEUE_TIMEOUT_SECONDS, queuePorts, queueRefField, queueSummary, queueTimeoutField } from '../queue-fields';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('contact-center', 'queue');

/** Puts the call in a queue for the next available agent, with the queue's own hold treatment. */
export const queue = defineStep({
  type: 'queue',
  role: 'step',
  labels: text('label'),
  description: text('description'),
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
