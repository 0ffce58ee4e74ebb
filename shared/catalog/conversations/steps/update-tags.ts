import { z } from 'zod';
import { nextOnly, refListField } from '../../common-fields';
import { defineStep, field } from '../../define';
import { t } from '../../labels';
import { conversationsRef } from '../ref-policies';

/** Adds or removes contact tags. Adding a tag the flow's own trigger listens for re-fires the flow. */
export const addRemoveTags = defineStep({
  type: 'updateTags',
  role: 'step',
  labels: t('Add or remove tags', 'Adicionar ou remover tags', 'Agregar o quitar etiquetas'),
  description: t(
    'Adds tags to the contact or removes them.',
    'Adiciona tags ao contato ou as remove.',
    'Agrega etiquetas al contacto o las quita.',
  ),
  icon: 'tags',
  config: () => z.object({
    action: field(z.enum(['add', 'remove']), {
      label: t('Action', 'Ação', 'Acción'),
      widget: 'select',
      options: { add: t('Add', 'Adicionar', 'Agregar'), remove: t('Remove', 'Remover', 'Quitar') },
    }),
    tags: refListField('tag', t('Tags', 'Tags', 'Etiquetas'), true),
  }),
  defaultConfig: { action: 'add', tags: [] },
  ports: nextOnly,
  references: [conversationsRef('tags[]', 'tag')],
  summary: (config) => `${config.action === 'add' ? '+' : '−'} ${config.tags.map((tag) => tag.name ?? '?').join(', ')}`,
  emits: (config) => config.tags.map((ref) => ({ event: config.action === 'add' ? 'tag.added' : 'tag.removed', ref })),
});
