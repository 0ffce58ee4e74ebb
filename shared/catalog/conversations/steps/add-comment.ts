import { z } from 'zod';
import { nextOnly, requiredText } from '../../common-fields';
import { defineStep } from '../../define';
import { t } from '../../labels';

/** Adds an internal comment to the conversation; contacts never see it. */
export const addComment = defineStep({
  type: 'addComment',
  role: 'step',
  labels: t('Add comment', 'Adicionar comentário', 'Agregar comentario'),
  description: t(
    'Adds an internal comment for agents; the contact does not see it.',
    'Adiciona um comentário interno para os agentes; o contato não o vê.',
    'Agrega un comentario interno para los agentes; el contacto no lo ve.',
  ),
  icon: 'sticky-note',
  config: () => z.object({
    text: requiredText(t('Comment', 'Comentário', 'Comentario'), 'template', 2000),
  }),
  defaultConfig: { text: '' },
  ports: nextOnly,
  references: [],
  summary: (config) => config.text.slice(0, 80),
});
