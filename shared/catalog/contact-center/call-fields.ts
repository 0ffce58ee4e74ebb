import { z } from 'zod';
import { refField, requiredText } from '../common-fields';
import { field } from '../define';
import { t } from '../labels';
import type { Labels } from '../labels';
import type { Port, ReferenceDeclaration } from '../types';

/**
 * What the caller hears: a recorded media prompt of the tenant (linked by UUID on import)
 * or text read out by text-to-speech. A discriminated union so that only the chosen
 * source is required: a text-to-speech prompt with blank text, or a recorded prompt still
 * a placeholder, is incomplete.
 *
 * @remarks A factory, not a constant: field metadata is registered per schema instance,
 * and each step labels its prompt in its own words.
 */
export function promptField(label: Labels) {
  return field(
    z.discriminatedUnion('source', [
      z.object({
        source: z.literal('mediaPrompt'),
        mediaPrompt: refField('mediaPrompt', t('Recorded prompt', 'Áudio gravado', 'Audio grabado')),
      }),
      z.object({
        source: z.literal('tts'),
        text: requiredText(t('Text to speak', 'Texto a ser falado', 'Texto a locutar'), 'textarea', 4_000),
      }),
    ]),
    {
      label,
      widget: 'select',
      options: {
        mediaPrompt: t('Recorded prompt', 'Áudio gravado', 'Audio grabado'),
        tts: t('Text-to-speech', 'Texto para fala (TTS)', 'Texto a voz (TTS)'),
      },
    },
  );
}

export type Prompt = z.output<ReturnType<typeof promptField>>;

/** A new prompt: text-to-speech, blank until the author writes it. */
export const DEFAULT_PROMPT: Prompt = { source: 'tts', text: '' };

/** The reference declaration of a prompt field's recorded media prompt. */
export function promptReference(fieldName: string): ReferenceDeclaration {
  return { field: `${fieldName}.mediaPrompt`, kinds: ['mediaPrompt'], export: 'keep', import: 'linkByUuid' };
}

/** A short rendering of a prompt for canvas summaries. */
export function promptSummary(prompt: Prompt): string {
  if (prompt.source === 'mediaPrompt') return prompt.mediaPrompt.name ?? '?';
  const text = prompt.text.trim();
  if (text === '') return '?';
  return `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
}

/** Seconds to wait for the caller's first key press before counting a "no input" attempt. */
export function inputTimeoutField() {
  return field(z.number().int().min(1).max(60), {
    label: t('Input timeout (seconds)', 'Tempo para digitar (segundos)', 'Tiempo para marcar (segundos)'),
    widget: 'number',
  });
}

/** How many times the prompt is replayed after no input or invalid input before the fallback port is taken. */
export function maxAttemptsField() {
  return field(z.number().int().min(1).max(9), {
    label: t('Attempts', 'Tentativas', 'Intentos'),
    widget: 'number',
    help: t(
      'After this many attempts without a valid answer the call leaves through "No input" or "Invalid".',
      'Após esse número de tentativas sem resposta válida, a chamada segue por "Sem resposta" ou "Inválida".',
      'Tras este número de intentos sin respuesta válida, la llamada sale por "Sin respuesta" o "No válida".',
    ),
  });
}

/** The caller pressed nothing, on every attempt. */
export const NO_INPUT_PORT: Port = { id: 'noInput', role: 'fallback', label: t('No input', 'Sem resposta', 'Sin respuesta') };
/** The caller pressed keys that are not a valid answer, on every attempt. */
export const INVALID_PORT: Port = { id: 'invalid', role: 'fallback', label: t('Invalid', 'Inválida', 'No válida') };
