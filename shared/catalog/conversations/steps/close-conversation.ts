import { z } from 'zod';
import { nextOnly, optionalText } from '../../common-fields';
import { defineStep } from '../../define';
import { t } from '../../labels';

/**
 * Closes the conversation with a closing category and note, as agents do. The workflow may
 * continue afterwards (a satisfaction survey, a tag), so the step keeps its `next` port.
 */
export const closeConversation = defineStep({
  type: 'closeConversation',
  role: 'step',
  labels: t('Close conversation', 'Fechar conversa', 'Cerrar conversación'),
  description: t(
    'Closes the conversation, with an optional closing category and note.',
    'Fecha a conversa, com categoria e nota de fechamento opcionais.',
    'Cierra la conversación, con una categoría y una nota de cierre opcionales.',
  ),
  icon: 'circle-check',
  config: () => z.object({
    category: optionalText(t('Closing category', 'Categoria de fechamento', 'Categoría de cierre'), 'text', 100),
    note: optionalText(t('Closing note', 'Nota de fechamento', 'Nota de cierre'), 'textarea', 2000),
  }),
  defaultConfig: { category: '', note: '' },
  ports: nextOnly,
  references: [],
  summary: (config) => config.category || config.note.slice(0, 60),
  emits: () => [{ event: 'conversation.closed' }],
});
