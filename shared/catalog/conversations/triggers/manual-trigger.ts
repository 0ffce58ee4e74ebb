import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { t } from '../../labels';

/** Starts the workflow for contacts someone enrols by hand; it needs no configuration. */
export const manualTrigger = defineStep({
  type: 'manual',
  role: 'trigger',
  labels: t('Manual trigger', 'Gatilho manual', 'Disparador manual'),
  description: t(
    'Starts when a user enrols contacts in this workflow by hand.',
    'Inicia quando um usuário inscreve contatos neste fluxo manualmente.',
    'Se inicia cuando un usuario inscribe contactos en este flujo manualmente.',
  ),
  icon: 'hand',
  config: () => z.object({}),
  defaultConfig: {},
  ports: nextOnly,
  references: [],
});
