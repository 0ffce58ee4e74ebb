import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'openConversation');

/** Opens a conversation with the contact; a workflow started by "conversation opened" re-fires. */
export const openConversation = defineStep({
  type: 'openConversation',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'message-circle',
  config: () => z.object({}),
  defaultConfig: {},
  ports: nextOnly,
  references: [],
  emits: () => [{ event: 'conversation.opened' }],
});
