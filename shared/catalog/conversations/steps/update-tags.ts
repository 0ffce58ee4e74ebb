import { z } from 'zod';
import { nextOnly, refListField } from '../../common-fields';
import { defineStep, field } from '../../define';
import { conversationsRef } from '../ref-policies';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'updateTags');

/** Adds or removes contact tags. Adding a tag the flow's own trigger listens for re-fires the flow. */
export const addRemoveTags = defineStep({
  type: 'updateTags',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'tags',
  config: () => z.object({
    action: field(z.enum(['add', 'remove']), {
      label: text('field.action.label'),
      widget: 'select',
      options: { add: text('field.action.option.add'), remove: text('field.action.option.remove') },
    }),
    tags: refListField('tag', text('field.tags.label'), true),
  }),
  defaultConfig: { action: 'add', tags: [] },
  ports: nextOnly,
  references: [conversationsRef('tags[]', 'tag')],
  summary: (config) => `${config.action === 'add' ? '+' : '−'} ${config.tags.map((tag) => tag.name ?? '?').join(', ')}`,
  emits: (config) => config.tags.map((ref) => ({ event: config.action === 'add' ? 'tag.added' : 'tag.removed', ref })),
});
