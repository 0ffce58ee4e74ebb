import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { t } from '../../labels';

/** Opens a conversation with the contact; a workflow started by "conversation opened" re-fires. */
export const openConversation = defineStep({
  type: 'openConversation',
  role: 'step',
  labels: t('Open conversation', 'Abrir conversa', 'Abrir conversación'),
  description: t(
    'Opens a conversation with the contact.',
    'Abre uma conversa com o contato.',
    'Abre una conversación con el contacto.',
  ),
  icon: 'message-circle',
  config: () => z.object({}),
  defaultConfig: {},
  ports: nextOnly,
  references: [],
  emits: () => [{ event: 'conversation.opened' }],
});
