import { z } from 'zod';
import { refField, requiredText } from '../common-fields';
import { field } from '../define';
import type { Labels } from '../labels';
import type { Port, ReferenceDeclaration } from '../types';
import { catalogTexts } from '../catalog-texts';

const text = catalogTexts('contact-center', 'callFields');

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
        mediaPrompt: refField('mediaPrompt', text('field.mediaPrompt.label')),
      }),
      z.object({
        source: z.literal('tts'),
        text: requiredText(text('field.text.label'), 'textarea', 4_000),
      }),
    ]),
    {
      label,
      widget: 'select',
      options: {
        mediaPrompt: text('field.source.option.mediaPrompt'),
        tts: text('field.source.option.tts'),
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
    label: text('field.inputTimeout.label'),
    widget: 'number',
  });
}

/** How many times the prompt is replayed after no input or invalid input before the fallback port is taken. */
export function maxAttemptsField() {
  return field(z.number().int().min(1).max(9), {
    label: text('field.maxAttempts.label'),
    widget: 'number',
    help: text('field.maxAttempts.help'),
  });
}

/** The caller pressed nothing, on every attempt. */
export const NO_INPUT_PORT: Port = { id: 'noInput', role: 'fallback', label: text('port.noInput') };
/** The caller pressed keys that are not a valid answer, on every attempt. */
export const INVALID_PORT: Port = { id: 'invalid', role: 'fallback', label: text('port.invalid') };
