import { z } from 'zod';
import { nextOnly, optionalText } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'closeConversation');

/**
 * Closes the conversation with a closing category and note, as agents do. The workflow may
 * continue afterwards (a satisfaction survey, a tag), so the step keeps its `next` port.
 */
export const closeConversation = defineStep({
  type: 'closeConversation',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'circle-check',
  config: () => z.object({
    category: optionalText(text('field.category.label'), 'text', 100),
    note: optionalText(text('field.note.label'), 'textarea', 2000),
  }),
  defaultConfig: { category: '', note: '' },
  ports: nextOnly,
  references: [],
  summary: (config) => config.category || config.note.slice(0, 60),
  emits: () => [{ event: 'conversation.closed' }],
});
