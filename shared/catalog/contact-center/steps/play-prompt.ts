import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';
import { DEFAULT_PROMPT, promptField, promptReference, promptSummary } from '../call-fields';

/** Plays a recorded prompt or speaks a text to the caller, then continues. */
export const playPrompt = defineStep({
  type: 'playPrompt',
  role: 'step',
  labels: t('Play prompt', 'Tocar áudio', 'Reproducir audio'),
  description: t(
    'Plays a recorded prompt or reads a text to the caller with text-to-speech.',
    'Toca um áudio gravado ou lê um texto para quem liga usando texto para fala.',
    'Reproduce un audio grabado o lee un texto a quien llama con texto a voz.',
  ),
  icon: 'volume-2',
  config: () => z.object({
    prompt: promptField(t('Prompt', 'Áudio', 'Audio')),
  }),
  defaultConfig: { prompt: DEFAULT_PROMPT },
  ports: nextOnly,
  references: [promptReference('prompt')],
  summary: (config, locale) => `${inLanguage(locale, 'Play', 'Tocar', 'Reproducir')} ${promptSummary(config.prompt)}`,
});
