import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { DEFAULT_PROMPT, promptField, promptReference, promptSummary } from '../call-fields';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('contact-center', 'playPrompt');

/** Plays a recorded prompt or speaks a text to the caller, then continues. */
export const playPrompt = defineStep({
  type: 'playPrompt',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'volume-2',
  config: () => z.object({
    prompt: promptField(text('field.prompt.label')),
  }),
  defaultConfig: { prompt: DEFAULT_PROMPT },
  ports: nextOnly,
  references: [promptReference('prompt')],
  summary: (config, locale) => inLocale(text('summary.play'), locale, { prompt: promptSummary(config.prompt) }),
});
