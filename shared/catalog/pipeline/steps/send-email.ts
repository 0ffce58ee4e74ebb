import { z } from 'zod';
import { activeField, nextOnly, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';
import { refOf } from '../../../format/entity-ref';

/** Recipient roles resolved on each card when the email is sent. */
export const RECIPIENT_ROLES = ['cardLeader', 'cardContacts', 'cardCreator'] as const;

const recipientSchema = () => z.union([z.email().max(320), z.enum(RECIPIENT_ROLES)]);

/**
 * Sends an email about the card. The platform exports these automations inactive, without
 * sender and attachments (message, subject and recipients are kept), so both fields may be
 * absent: an imported automation is well-formed and asks for a sender before it can run.
 */
export const sendEmail = defineStep({
  type: 'sendEmail',
  role: 'step',
  labels: t('Send email', 'Enviar e-mail', 'Enviar correo electrónico'),
  description: t(
    'Sends an email to fixed addresses or to people linked to the card.',
    'Envia um e-mail para endereços fixos ou para pessoas ligadas ao card.',
    'Envía un correo a direcciones fijas o a personas vinculadas a la tarjeta.',
  ),
  icon: 'mail',
  config: () => z.object({
    active: activeField(),
    sender: field(refOf('user').optional(), {
      label: t('Sender', 'Remetente', 'Remitente'),
      widget: 'ref',
      required: true,
    }),
    recipients: field(z.array(recipientSchema()).max(50), {
      label: t('Recipients', 'Destinatários', 'Destinatarios'),
      widget: 'list',
      required: true,
      help: t(
        'Email addresses, or the roles cardLeader, cardContacts and cardCreator.',
        'Endereços de e-mail ou os papéis cardLeader, cardContacts e cardCreator.',
        'Direcciones de correo o los roles cardLeader, cardContacts y cardCreator.',
      ),
    }),
    subject: requiredText(t('Subject', 'Assunto', 'Asunto'), 'text', 250),
    message: requiredText(t('Message', 'Mensagem', 'Mensaje'), 'template', 20_000),
    attachments: field(z.array(refOf('attachment')).max(10).optional(), {
      label: t('Attachments', 'Anexos', 'Adjuntos'),
      widget: 'refList',
    }),
  }),
  defaultConfig: { active: true, sender: { $ref: 'user' }, recipients: [], subject: '', message: '', attachments: [] },
  ports: nextOnly,
  references: [
    { field: 'sender', kinds: ['user'], export: 'strip', import: 'remove' },
    { field: 'attachments[]', kinds: ['attachment'], export: 'strip', import: 'remove' },
  ],
  exportRules: { deactivate: true, stripFields: ['sender', 'attachments'] },
  summary: (config, locale) => `${inLanguage(locale, 'Email', 'E-mail', 'Correo')} “${config.subject || '?'}” ${inLanguage(locale, 'to', 'para', 'a')} ${config.recipients.join(', ') || '?'}`,
});
