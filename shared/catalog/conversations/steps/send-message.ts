import { z } from 'zod';
import { nextOnly, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { refOf } from '../../../format/entity-ref';
import { conversationsRef } from '../ref-policies';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'sendMessage');

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
  labels: text('label'),
  description: text('description'),
  icon: 'send',
  config: () => z.object({
    channel: field(refOf('channel').optional(), {
      label: text('field.channel.label'),
      widget: 'ref',
      help: text('field.channel.help'),
    }),
    text: requiredText(text('field.text.label'), 'template', MAX_MESSAGE_LENGTH),
  }),
  defaultConfig: { text: '' },
  ports: nextOnly,
  references: [conversationsRef('channel', 'channel')],
  summary: (config) => `${config.channel?.name ? `[${config.channel.name}] ` : ''}${config.text}`.slice(0, 80),
});
