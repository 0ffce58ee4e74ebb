import { z } from 'zod';
import { FAILURE_PORT, SEVEN_DAYS_SECONDS, TIMEOUT_PORT, optionalText, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { refOf } from '../../../format/entity-ref';
import { t } from '../../labels';
import type { Port } from '../../types';
import { conversationsRef } from '../ref-policies';
import { MAX_MESSAGE_LENGTH } from './send-message';
import { timeoutField, variableNameField } from '../step-fields';

export const ANSWER_TYPES = ['text', 'multipleChoice', 'number', 'date', 'phone', 'email'] as const;

/** At most ten choices: the size of a WhatsApp list message, the richest choice widget channels offer. */
export const MAX_CHOICES = 10;

const ANSWERED_PORT: Port = { id: 'answered', role: 'main', label: t('Answered', 'Respondida', 'Respondida') };

/**
 * Sends a question on the contact's last interacted channel and waits for a valid answer.
 * Ports: `answered`; `failure` when the answer stays invalid; `timeout` when none comes in time
 * (seven days unless set otherwise, the platform's default and maximum).
 */
export const askQuestion = defineStep({
  type: 'askQuestion',
  role: 'step',
  labels: t('Ask a question', 'Fazer uma pergunta', 'Hacer una pregunta'),
  description: t(
    'Asks the contact a question and waits for the answer, optionally saving it to a contact field.',
    'Faz uma pergunta ao contato e aguarda a resposta, podendo salvá-la em um campo do contato.',
    'Hace una pregunta al contacto y espera la respuesta; puede guardarla en un campo del contacto.',
  ),
  icon: 'message-circle-question',
  config: () => z
    .object({
      question: requiredText(t('Question', 'Pergunta', 'Pregunta'), 'template', MAX_MESSAGE_LENGTH),
      answerType: field(z.enum(ANSWER_TYPES), {
        label: t('Answer type', 'Tipo de resposta', 'Tipo de respuesta'),
        widget: 'select',
        options: {
          text: t('Text', 'Texto', 'Texto'),
          multipleChoice: t('Multiple choice', 'Múltipla escolha', 'Opción múltiple'),
          number: t('Number', 'Número', 'Número'),
          date: t('Date', 'Data', 'Fecha'),
          phone: t('Phone number', 'Número de telefone', 'Número de teléfono'),
          email: t('Email', 'E-mail', 'Correo electrónico'),
        },
      }),
      // 24 characters: the longest row title of a WhatsApp list message.
      options: field(z.array(z.string().min(1).max(24)).max(MAX_CHOICES), {
        label: t('Choices', 'Opções', 'Opciones'),
        widget: 'list',
      }),
      invalidAnswerMessage: optionalText(
        t('Message for an invalid answer', 'Mensagem para resposta inválida', 'Mensaje para una respuesta no válida'),
        'template',
        MAX_MESSAGE_LENGTH,
      ),
      variable: variableNameField(
        t('Save answer as variable', 'Salvar resposta como variável', 'Guardar respuesta como variable'),
      ),
      saveTo: field(refOf('customField').optional(), {
        label: t('Save answer to contact field', 'Salvar resposta no campo do contato', 'Guardar respuesta en el campo del contacto'),
        widget: 'ref',
      }),
      timeout: timeoutField(),
    })
    .superRefine((config, context) => {
      if (config.answerType === 'multipleChoice' && config.options.length === 0) {
        context.addIssue({ code: 'custom', path: ['options'], message: 'a multiple-choice question needs at least one choice', params: { required: true } });
      }
      if (new Set(config.options).size !== config.options.length) {
        context.addIssue({ code: 'custom', path: ['options'], message: 'each choice must be different' });
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
