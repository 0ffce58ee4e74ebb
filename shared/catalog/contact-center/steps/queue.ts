import { z } from 'zod';
import { defineStep } from '../../define';
import { t } from '../../labels';
import { DEFAULT_QUEUE_TIMEOUT_SECONDS, queuePorts, queueRefField, queueSummary, queueTimeoutField } from '../queue-fields';

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
