import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep, field } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('conversations', 'conversationClosed');

/** Starts the workflow when a conversation closes, optionally only for some closing categories. */
export const conversationClosed = defineStep({
  type: 'conversationClosed',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'message-circle-off',
  config: () => z.object({
    categories: field(z.array(z.string().min(1).max(100)).max(50), {
      label: text('field.categories.label'),
      widget: 'list',
    }),
  }),
  defaultConfig: { categories: [] },
  ports: nextOnly,
  references: [],
  summary: (config, locale) => (config.categories.length === 0 ? inLocale(text('summary.anyCategory'), locale) : config.categories.join(', ')),
  listens: () => [{ event: 'conversation.closed' }],
});
