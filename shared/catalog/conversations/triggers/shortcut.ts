import { z } from 'zod';
import { nextOnly, optionalText, requiredText } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'shortcut');

/** Starts the workflow when an agent clicks its shortcut in a conversation. */
export const shortcut = defineStep({
  type: 'shortcut',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'zap',
  config: () => z.object({
    name: requiredText(text('field.name.label'), 'text', 50),
    description: optionalText(text('field.description.label'), 'textarea', 200),
  }),
  defaultConfig: { name: '', description: '' },
  ports: nextOnly,
  references: [],
  summary: (config) => config.name || '?',
});
