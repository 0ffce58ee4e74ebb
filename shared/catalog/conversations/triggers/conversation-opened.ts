import { z } from 'zod';
import { nextOnly, refListField } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';
import { conversationsRef } from '../ref-policies';

/**
 * Starts the workflow when a conversation with a contact opens, optionally only on some channels.
 *
 * @remarks
 * It listens for every opening whatever the channel filter: an "open conversation" step opens
 * on the contact's last interacted channel, which no document can know in advance, so any
 * such step in this workflow may re-fire it.
 */
export const conversationOpened = defineStep({
  type: 'conversationOpened',
  role: 'trigger',
  labels: t('Conversation opened', 'Conversa aberta', 'Conversación abierta'),
  description: t(
    'Starts when a conversation with a contact is opened, on any channel or only on the chosen ones.',
    'Inicia quando uma conversa com um contato é aberta, em qualquer canal ou apenas nos escolhidos.',
    'Se inicia cuando se abre una conversación con un contacto, en cualquier canal o solo en los elegidos.',
  ),
  icon: 'message-circle',
  config: () => z.object({
    channels: refListField('channel', t('Only on channels', 'Somente nos canais', 'Solo en los canales')),
  }),
  defaultConfig: { channels: [] },
  ports: nextOnly,
  references: [conversationsRef('channels[]', 'channel')],
  summary: (config, locale) =>
    config.channels.length === 0 ? inLanguage(locale, 'Any channel', 'Qualquer canal', 'Cualquier canal') : config.channels.map((channel) => channel.name ?? '?').join(', '),
  listens: () => [{ event: 'conversation.opened' }],
});
