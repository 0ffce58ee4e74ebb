import { z } from 'zod';
import { nextOnly, optionalText, requiredText } from '../../common-fields';
import { defineStep } from '../../define';
import { t } from '../../labels';

/** Starts the workflow when an agent clicks its shortcut in a conversation. */
export const shortcut = defineStep({
  type: 'shortcut',
  role: 'trigger',
  labels: t('Shortcut', 'Atalho', 'Atajo'),
  description: t(
    'Starts when an agent runs this shortcut from a conversation.',
    'Inicia quando um agente executa este atalho em uma conversa.',
    'Se inicia cuando un agente ejecuta este atajo desde una conversación.',
  ),
  icon: 'zap',
  config: () => z.object({
    name: requiredText(t('Shortcut name', 'Nome do atalho', 'Nombre del atajo'), 'text', 50),
    description: optionalText(t('Description', 'Descrição', 'Descripción'), 'textarea', 200),
  }),
  defaultConfig: { name: '', description: '' },
  ports: nextOnly,
  references: [],
  summary: (config) => config.name || '?',
});
