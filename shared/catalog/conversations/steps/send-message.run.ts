import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { sendMessage } from './send-message';

/**
 * Sends the message and goes on. A message that cannot be delivered takes the contact out of
 * the workflow (conversations-workflows.es.txt: "Si no se envía un mensaje por algún motivo
 * [...] el contacto saldrá del flujo de trabajo").
 */
export const sendMessageRun = stepBehaviour<ConfigOf<typeof sendMessage>>({
  enter: (run) => {
    const text = run.fill(run.config.text);
    const channel = run.config.channel?.name ?? run.subject.conversation?.channel ?? '';
    if (run.world('delivery') === 'failed') return { end: 'deliveryFailed', effects: [{ kind: 'messageFailed', detail: { text, channel } }] };
    return { next: 'next', effects: [{ kind: 'messageSent', detail: { text, channel } }] };
  },
});
