import { z } from 'zod';
import { NEXT_PORT } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';
import {
  DEFAULT_PROMPT,
  INVALID_PORT,
  NO_INPUT_PORT,
  inputTimeoutField,
  maxAttemptsField,
  promptField,
  promptReference,
} from '../call-fields';

/** Most digits one collection accepts: long enough for card, account and document numbers. */
const MAX_DIGITS = 32;

const digitCount = (label: ReturnType<typeof t>) =>
  field(z.number().int().min(1).max(MAX_DIGITS), { label, widget: 'number' });

const collectDigitsConfigSchema = () => z
  .object({
    prompt: promptField(t('Prompt', 'Áudio', 'Audio')),
    minDigits: digitCount(t('Minimum digits', 'Mínimo de dígitos', 'Mínimo de dígitos')),
    maxDigits: digitCount(t('Maximum digits', 'Máximo de dígitos', 'Máximo de dígitos')),
    terminator: field(z.enum(['#', '*', 'none']), {
      label: t('End key', 'Tecla de término', 'Tecla de fin'),
      widget: 'select',
      options: {
        '#': t('# (pound)', '# (cerquilha)', '# (numeral)'),
        '*': t('* (star)', '* (asterisco)', '* (asterisco)'),
        none: t('None: stop at the maximum', 'Nenhuma: parar no máximo', 'Ninguna: parar en el máximo'),
      },
    }),
    // Blank is allowed by the pattern so a new step is well-formed; `required` reports it.
    variable: field(z.string().max(100).regex(/^([A-Za-z_][A-Za-z0-9_]*)?$/, { error: 'use letters, digits and _, not starting with a digit' }), {
      label: t('Save to variable', 'Salvar na variável', 'Guardar en la variable'),
      widget: 'text',
      required: true,
    }),
    inputTimeoutSeconds: inputTimeoutField(),
    maxAttempts: maxAttemptsField(),
  })
  .superRefine((config, ctx) => {
    if (config.minDigits > config.maxDigits) {
      ctx.addIssue({ code: 'custom', path: ['maxDigits'], message: `must be at least the minimum (${config.minDigits})` });
    }
  });

/** Plays a prompt and stores the digits the caller types (an account number, a PIN) in a flow variable. */
export const collectDigits = defineStep({
  type: 'collectDigits',
  role: 'step',
  labels: t('Collect digits', 'Coletar dígitos', 'Recopilar dígitos'),
  description: t(
    'Plays a prompt and saves the digits the caller types in a variable.',
    'Toca um áudio e salva numa variável os dígitos que a pessoa digita.',
    'Reproduce un audio y guarda en una variable los dígitos que marca quien llama.',
  ),
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
    return `${count} ${inLanguage(locale, 'digits', 'dígitos', 'dígitos')} → ${config.variable || '?'}`;
  },
});
