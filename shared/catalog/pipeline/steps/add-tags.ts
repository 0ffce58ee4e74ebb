import { z } from 'zod';
import { activeField, nextOnly, refListField } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('pipeline', 'addTags');

/**
 * Adds tags to the card. Tags travel by name and are created on import unless one with
 * exactly the same name exists.
 */
export const addTags = defineStep({
  type: 'addTags',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'tags',
  config: () => z.object({
    active: activeField(),
    tags: refListField('tag', text('field.tags.label'), true),
  }),
  defaultConfig: { active: true, tags: [] },
  ports: nextOnly,
  references: [{ field: 'tags[]', kinds: ['tag'], export: 'byName', import: 'reuseOrCreate' }],
  summary: (config) => `+ ${config.tags.map((tag) => tag.name ?? '?').join(', ') || '?'}`,
  emits: (config) => config.tags.map((ref) => ({ event: 'tag.added', ref })),
});
