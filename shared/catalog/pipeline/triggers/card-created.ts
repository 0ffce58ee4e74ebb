import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';

/** Runs the flow's automations when a card is created in this pipeline; needs no configuration. */
export const cardCreated = defineStep({
  type: 'cardCreated',
  role: 'trigger',
  labels: t('Card created', 'Card criado', 'Tarjeta creada'),
  description: t(
    'Starts when a new card is created in this pipeline.',
    'Inicia quando um novo card é criado neste pipeline.',
    'Se inicia cuando se crea una nueva tarjeta en este pipeline.',
  ),
  icon: 'square-plus',
  config: () => z.object({}),
  defaultConfig: {},
  ports: nextOnly,
  references: [],
  summary: (_, locale) => inLanguage(locale, 'When a card is created', 'Quando um card é criado', 'Cuando se crea una tarjeta'),
  listens: () => [{ event: 'card.created' }],
});
