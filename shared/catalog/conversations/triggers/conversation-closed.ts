import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';

/** Starts the workflow when a conversation closes, optionally only for some closing categories. */
export const conversationClosed = defineStep({
  type: 'conversationClosed',
  role: 'trigger',
  labels: t('Conversation closed', 'Conversa fechada', 'Conversación cerrada'),
  description: t(
    'Starts when a conversation with a contact is closed, for any closing category or only the chosen ones.',
    'Inicia quando uma conversa com um contato é fechada, para qualquer categoria de fechamento ou apenas as escolhidas.',
    'Se inicia cuando se cierra una conversación con un contacto, para cualquier categoría de cierre o solo las elegidas.',
  ),
  icon: 'message-circle-off',
  config: () => z.object({
    categories: field(z.array(z.string().min(1).max(100)).max(50), {
      label: t('Only for closing categories', 'Somente para categorias de fechamento', 'Solo para categorías de cierre'),
      widget: 'list',
    }),
  }),
  defaultConfig: { categories: [] },
  ports: nextOnly,
  references: [],
  summary: (config, locale) => (config.categories.length === 0 ? inLanguage(locale, 'Any category', 'Qualquer categoria', 'Cualquier categoría') : config.categories.join(', ')),
  listens: () => [{ event: 'conversation.closed' }],
});
