import { z } from 'zod';
import { FAILURE_PORT, SEVEN_DAYS_SECONDS, TIMEOUT_PORT, optionalText, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { formatHint } from '../../format-hints';
import { refOf } from '../../../format/entity-ref';
import type { Port } from '../../types';
import { conversationsRef } from '../ref-policies';
import { MAX_MESSAGE_LENGTH } from './send-message';
import { timeoutField, variableNameField } from '../step-fields';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'askQuestion');

export const ANSWER_TYPES = ['text', 'multipleChoice', 'number', 'date', 'phone', 'email'] as const;

/** At most ten choices: the size of a WhatsApp list message, the richest choice widget channels offer. */
export const MAX_CHOICES = 10;

const ANSWERED_PORT: Port = { id: 'answered', role: 'main', label: text('port.answered') };

/**
 * Sends a question on the contact's last interacted channel and waits for a valid answer.
 * Ports: `answered`; `failure` when the answer stays invalid; `timeout` when none comes in time
 * (seven days unless set otherwise, the platform's default and maximum).
 */
export const askQuestion = defineStep({
  type: 'askQuestion',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'message-circle-question',
  config: () => z
    .object({
      question: requiredText(text('field.question.label'), 'template', MAX_MESSAGE_LENGTH),
      answerType: field(z.enum(ANSWER_TYPES), {
        label: text('field.answerType.label'),
        widget: 'select',
        options: {
          text: text('field.answerType.option.text'),
          multipleChoice: text('field.answerType.option.multipleChoice'),
          number: text('field.answerType.option.number'),
          date: text('field.answerType.option.date'),
          phone: text('field.answerType.option.phone'),
          email: text('field.answerType.option.email'),
        },
      }),
      // 24 characters: the longest row title of a WhatsApp list message.
      options: field(z.array(z.string().min(1).max(24)).max(MAX_CHOICES), {
        label: text('field.options.label'),
        widget: 'list',
      }),
      invalidAnswerMessage: optionalText(
        text('field.invalidAnswerMessage.label'),
        'template',
        MAX_MESSAGE_LENGTH,
      ),
      variable: variableNameField(
        text('field.variable.label'),
      ),
      saveTo: field(refOf('customField').optional(), {
        label: text('field.saveTo.label'),
        widget: 'ref',
      }),
      timeout: timeoutField(),
    })
    .superRefine((config, context) => {
      if (config.answerType === 'multipleChoice' && config.options.length === 0) {
        context.addIssue({ code: 'custom', path: ['options'], message: 'a multiple-choice question needs at least one choice', params: { required: true } });
      }
      if (new Set(config.options).size !== config.options.length) {
        context.addIssue({ code: 'custom', path: ['options'], message: formatHint('distinctChoices').error });
      }
    }),
  defaultConfig: {
    question: '',
    answerType: 'text',
    options: [],
    invalidAnswerMessage: '',
    variable: '',
    timeout: SEVEN_DAYS_SECONDS,
  },
  ports: () => [ANSWERED_PORT, FAILURE_PORT, TIMEOUT_PORT],
  references: [conversationsRef('saveTo', 'customField')],
  summary: (config) =>
    config.answerType === 'multipleChoice' ? `${config.question} (${config.options.join(' / ')})` : config.question,
  emits: (config) => (config.saveTo ? [{ event: 'contactField.updated', ref: config.saveTo }] : []),
});
