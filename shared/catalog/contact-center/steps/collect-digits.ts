import { z } from 'zod';
import { formatHint, formatHintIssue } from '../../format-hints';
import { NEXT_PORT } from '../../common-fields';
import { defineStep, field } from '../../define';
import {
  DEFAULT_PROMPT,
  INVALID_PORT,
  NO_INPUT_PORT,
  inputTimeoutField,
  maxAttemptsField,
  promptField,
  promptReference,
} from '../call-fields';
import { catalogTexts, inLocale } from '../../catalog-texts';
import type { Labels } from '../../labels';

const text = catalogTexts('contact-center', 'collectDigits');

/** Most digits one collection accepts: long enough for card, account and document numbers. */
const MAX_DIGITS = 32;

const digitCount = (label: Labels) =>
  field(z.number().int().min(1).max(MAX_DIGITS), { label, widget: 'number' });

const collectDigitsConfigSchema = () => z
  .object({
    prompt: promptField(text('field.prompt.label')),
    minDigits: digitCount(text('field.minDigits.label')),
    maxDigits: digitCount(text('field.maxDigits.label')),
    terminator: field(z.enum(['#', '*', 'none']), {
      label: text('field.terminator.label'),
      widget: 'select',
      options: {
        '#': text('field.terminator.option.pound'),
        '*': text('field.terminator.option.star'),
        none: text('field.terminator.option.none'),
      },
    }),
    // Blank is allowed by the pattern so a new step is well-formed; `required` reports it.
    variable: field(z.string().max(100).regex(/^([A-Za-z_][A-Za-z0-9_]*)?$/, formatHint('variableName')), {
      label: text('field.variable.label'),
      widget: 'text',
      required: true,
    }),
    inputTimeoutSeconds: inputTimeoutField(),
    maxAttempts: maxAttemptsField(),
  })
  .superRefine((config, ctx) => {
    if (config.minDigits > config.maxDigits) {
      ctx.addIssue({ code: 'custom', path: ['maxDigits'], ...formatHintIssue('atLeastMinimum', { minimum: config.minDigits }) });
    }
  });

/** Plays a prompt and stores the digits the caller types (an account number, a PIN) in a flow variable. */
export const collectDigits = defineStep({
  type: 'collectDigits',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'hash',
  config: () => collectDigitsConfigSchema(),
  defaultConfig: {
    prompt: DEFAULT_PROMPT,
    minDigits: 1,
    maxDigits: 10,
    terminator: '#',
    variable: '',
    inputTimeoutSeconds: 5,
    maxAttempts: 3,
  },
  ports: () => [NEXT_PORT, NO_INPUT_PORT, INVALID_PORT],
  references: [promptReference('prompt')],
  summary: (config, locale) => {
    const count = config.minDigits === config.maxDigits ? `${config.maxDigits}` : `${config.minDigits}–${config.maxDigits}`;
    return inLocale(text('summary.digits'), locale, { count, variable: config.variable || '?' });
  },
});
