import { z } from 'zod';
import { nextOnly, optionalText, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';

/** Sends a marketing email to the contact. Everything it needs travels with the flow. */
export const sendEmail = defineStep({
  type: 'sendEmail',
  role: 'step',
  labels: t('Send email', 'Enviar e-mail', 'Enviar correo electrónico'),
  description: t(
    'Sends an email to the contact in the journey.',
    'Envia um e-mail para o contato na jornada.',
    'Envía un correo al contacto del recorrido.',
  ),
  icon: 'mail',
  config: () => z.object({
    subject: requiredText(t('Subject', 'Assunto', 'Asunto'), 'text', 250),
    // Inbox preview text; most clients show about 100 characters.
    preheader: optionalText(t('Preheader', 'Pré-cabeçalho', 'Preencabezado'), 'text', 250),
    body: requiredText(t('Body', 'Corpo', 'Cuerpo'), 'template', 100_000),
    senderName: requiredText(t('Sender name', 'Nome do remetente', 'Nombre del remitente'), 'text', 200),
    // Blank is accepted so that a new step is a well-formed draft; the required check reports it.
    senderEmail: field(z.union([z.literal(''), z.email().max(320)]), {
      label: t('Sender email', 'E-mail do remetente', 'Correo del remitente'),
      widget: 'email',
      required: true,
    }),
  }),
  defaultConfig: { subject: '', preheader: '', body: '', senderName: '', senderEmail: '' },
  ports: nextOnly,
  references: [],
  // The message itself may be corrected while contacts wait for it; who it comes from is part of the sending setup and stays.
  editableWhileRunning: ['subject', 'preheader', 'body'],
  summary: (config, locale) => `${inLanguage(locale, 'Email', 'E-mail', 'Correo')} “${config.subject || '?'}”`,
});
