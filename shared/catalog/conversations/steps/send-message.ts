import { z } from 'zod';
import { nextOnly, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { refOf } from '../../../format/entity-ref';
import { t } from '../../labels';
import { conversationsRef } from '../ref-policies';

/** The longest text message the messaging channels accept (WhatsApp's limit, the strictest common one). */
export const MAX_MESSAGE_LENGTH = 4096;

/**
 * Sends a text message to the contact. Without a channel it goes out on the contact's last
 * interacted channel, which is also where it lands when an import removes a channel the
 * destination workspace does not have.
 */
export const sendMessage = defineStep({
  type: 'sendMessage',
  role: 'step',
  labels: t('Send a message', 'Enviar uma mensagem', 'Enviar un mensaje'),
  description: t(
    'Sends a message to the contact; {{variables}} are replaced with contact and workflow data.',
    'Envia uma mensagem ao contato; as {{variáveis}} são substituídas por dados do contato e do fluxo.',
    'Envía un mensaje al contacto; las {{variables}} se reemplazan por datos del contacto y del flujo.',
  ),
  icon: 'send',
  config: () => z.object({
    channel: field(refOf('channel').optional(), {
      label: t('Channel', 'Canal', 'Canal'),
      widget: 'ref',
      help: t(
        'Leave empty to use the contact’s last interacted channel.',
        'Deixe vazio para usar o último canal em que o contato interagiu.',
        'Déjelo vacío para usar el último canal en el que interactuó el contacto.',
      ),
    }),
    text: requiredText(t('Message', 'Mensagem', 'Mensaje'), 'template', MAX_MESSAGE_LENGTH),
  }),
  defaultConfig: { text: '' },
  ports: nextOnly,
  references: [conversationsRef('channel', 'channel')],
  summary: (config) => `${config.channel?.name ? `[${config.channel.name}] ` : ''}${config.text}`.slice(0, 80),
});
