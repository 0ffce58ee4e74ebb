import { z } from 'zod';
import { defineStep, field } from '../../define';
import { verbatim } from '../../labels';
import type { Port } from '../../types';
import { elementIdSchema } from '../../../format/flow-schema';
import {
  DEFAULT_PROMPT,
  INVALID_PORT,
  NO_INPUT_PORT,
  inputTimeoutField,
  maxAttemptsField,
  promptField,
  promptReference,
  promptSummary,
} from '../call-fields';
import { catalogTexts, inLocale } from '../../catalog-texts';
import { formatHintIssue } from '../../format-hints';

const text = catalogTexts('contact-center', 'menu');

/** The keys of a telephone keypad, in keypad order. */
export const KEYPAD_DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

/** Port ids the menu uses for its own fallbacks; an option may not take them. */
const FALLBACK_PORT_IDS: readonly string[] = [NO_INPUT_PORT.id, INVALID_PORT.id];

const menuOptionSchema = () => z.object({
  // The option id is also its port id, so edges stay attached when digits or labels change.
  id: field(elementIdSchema.max(100), { label: text('field.id.label'), widget: 'text' }),
  digit: field(z.enum(KEYPAD_DIGITS), {
    label: text('field.digit.label'),
    widget: 'select',
    options: Object.fromEntries(KEYPAD_DIGITS.map((digit) => [digit, verbatim(digit)])),
  }),
  label: field(z.string().max(100), { label: text('field.optionLabel.label'), widget: 'text' }),
});

const menuConfigSchema = () => z
  .object({
    prompt: promptField(text('field.prompt.label')),
    options: field(z.array(menuOptionSchema()).max(KEYPAD_DIGITS.length), {
      label: text('field.options.label'),
      widget: 'list',
      required: true,
    }),
    inputTimeoutSeconds: inputTimeoutField(),
    maxAttempts: maxAttemptsField(),
  })
  .superRefine((config, ctx) => {
    const digits = new Set<string>();
    const ids = new Set<string>();
    config.options.forEach((option, index) => {
      // Two options on one key would make one of them unreachable for the caller.
      if (digits.has(option.digit)) {
        ctx.addIssue({ code: 'custom', path: ['options', index, 'digit'], ...formatHintIssue('keyUsed', { key: option.digit }) });
      }
      if (ids.has(option.id) || FALLBACK_PORT_IDS.includes(option.id)) {
        ctx.addIssue({ code: 'custom', path: ['options', index, 'id'], ...formatHintIssue('portIdTaken', { id: option.id }) });
      }
      digits.add(option.digit);
      ids.add(option.id);
    });
  });

/** The label of an option's port: the key, then the author's label ("1 Sales"). */
function optionPortLabel(option: { digit: string; label: string }): string {
  return `${option.digit} ${option.label.trim()}`.trim();
}

/**
 * A keypad menu (IVR): plays a prompt and routes the call by the key pressed. One branch
 * port per option, plus "No input" and "Invalid" once the attempts are used up.
 */
export const menu = defineStep({
  type: 'menu',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'grid-3x3',
  config: () => menuConfigSchema(),
  defaultConfig: { prompt: DEFAULT_PROMPT, options: [], inputTimeoutSeconds: 5, maxAttempts: 3 },
  ports: (config): Port[] => [
    ...config.options.map((option): Port => ({ id: option.id, role: 'branch', label: verbatim(optionPortLabel(option)) })),
    NO_INPUT_PORT,
    INVALID_PORT,
  ],
  references: [promptReference('prompt')],
  summary: (config, locale) =>
    config.options.length === 0 ? inLocale(text('summary.menu'), locale, { prompt: promptSummary(config.prompt) }) : config.options.map(optionPortLabel).join(' · '),
});
