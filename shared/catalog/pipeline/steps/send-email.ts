import { z } from 'zod';
import { activeField, nextOnly, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { refOf } from '../../../format/entity-ref';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('pipeline', 'sendEmail');

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
  labels: text('label'),
  description: text('description'),
  icon: 'mail',
  config: () => z.object({
    active: activeField(),
    sender: field(refOf('user').optional(), {
      label: text('field.sender.label'),
      widget: 'ref',
      required: true,
    }),
    recipients: field(z.array(recipientSchema()).max(50), {
      label: text('field.recipients.label'),
      widget: 'list',
      required: true,
      help: text('field.recipients.help'),
    }),
    subject: requiredText(text('field.subject.label'), 'text', 250),
    message: requiredText(text('field.message.label'), 'template', 20_000),
    attachments: field(z.array(refOf('attachment')).max(10).optional(), {
      label: text('field.attachments.label'),
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
  summary: (config, locale) => inLocale(text('summary.email'), locale, { subject: config.subject || '?', recipients: config.recipients.join(', ') || '?' }),
});
