import { z } from 'zod';
import { activeField, nextOnly, refListField } from '../../common-fields';
import { defineStep } from '../../define';
import { t } from '../../labels';

/**
 * Adds tags to the card. Tags travel by name and are created on import unless one with
 * exactly the same name exists.
 */
export const addTags = defineStep({
  type: 'addTags',
  role: 'step',
  labels: t('Add tags', 'Adicionar tags', 'Agregar etiquetas'),
  description: t('Adds tags to the card.', 'Adiciona tags ao card.', 'Agrega etiquetas a la tarjeta.'),
  icon: 'tags',
  config: () => z.object({
    active: activeField(),
    tags: refListField('tag', t('Tags', 'Tags', 'Etiquetas'), true),
  }),
  defaultConfig: { active: true, tags: [] },
  ports: nextOnly,
  references: [{ field: 'tags[]', kinds: ['tag'], export: 'byName', import: 'reuseOrCreate' }],
  summary: (config) => `+ ${config.tags.map((tag) => tag.name ?? '?').join(', ') || '?'}`,
  emits: (config) => config.tags.map((ref) => ({ event: 'tag.added', ref })),
});
