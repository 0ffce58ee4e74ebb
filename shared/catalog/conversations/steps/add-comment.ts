import { z } from 'zod';
import { nextOnly, requiredText } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'addComment');

/** Adds an internal comment to the conversation; contacts never see it. */
export const addComment = defineStep({
  type: 'addComment',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'sticky-note',
  config: () => z.object({
    text: requiredText(text('field.text.label'), 'template', 2000),
  }),
  defaultConfig: { text: '' },
  ports: nextOnly,
  references: [],
  summary: (config) => config.text.slice(0, 80),
});
