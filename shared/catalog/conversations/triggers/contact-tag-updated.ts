import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep, field } from '../../define';
import { conversationsRef } from '../ref-policies';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('conversations', 'contactTagUpdated');

/** Starts the workflow when one tag is added to or removed from a contact. */
export const contactTagUpdated = defineStep({
  type: 'contactTagUpdated',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'tag',
  config: () => z.object({
    action: field(z.enum(['added', 'removed']), {
      label: text('field.action.label'),
      widget: 'select',
      options: {
        added: text('field.action.option.added'),
        removed: text('field.action.option.removed'),
      },
    }),
    tag: refField('tag', text('field.tag.label')),
  }),
  defaultConfig: { action: 'added', tag: { $ref: 'tag' } },
  ports: nextOnly,
  references: [conversationsRef('tag', 'tag')],
  summary: (config, locale) => inLocale(config.action === 'added' ? text('summary.added') : text('summary.removed'), locale, { tag: config.tag.name ?? '?' }),
  listens: (config) => [{ event: config.action === 'added' ? 'tag.added' : 'tag.removed', ref: config.tag }],
});
