import { z } from 'zod';
import { nextOnly, refListField } from '../../common-fields';
import { defineStep } from '../../define';
import { conversationsRef } from '../ref-policies';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('conversations', 'conversationOpened');

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
  labels: text('label'),
  description: text('description'),
  icon: 'message-circle',
  config: () => z.object({
    channels: refListField('channel', text('field.channels.label')),
  }),
  defaultConfig: { channels: [] },
  ports: nextOnly,
  references: [conversationsRef('channels[]', 'channel')],
  summary: (config, locale) =>
    config.channels.length === 0 ? inLocale(text('summary.anyChannel'), locale) : config.channels.map((channel) => channel.name ?? '?').join(', '),
  listens: () => [{ event: 'conversation.opened' }],
});
