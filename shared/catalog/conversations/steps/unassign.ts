import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { t } from '../../labels';

/** Removes the conversation's assignee. */
export const unassign = defineStep({
  type: 'unassign',
  role: 'step',
  labels: t('Unassign', 'Remover atribuição', 'Quitar asignación'),
  description: t(
    'Removes the user or team the conversation is assigned to.',
    'Remove o usuário ou a equipe a que a conversa está atribuída.',
    'Quita el usuario o el equipo al que está asignada la conversación.',
  ),
  icon: 'user-x',
  config: () => z.object({}),
  defaultConfig: {},
  ports: nextOnly,
  references: [],
});
