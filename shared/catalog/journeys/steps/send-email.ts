import { z } from 'zod';
import { nextOnly, optionalText, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('journeys', 'sendEmail');

/** Sends a marketing email to the contact. Everything it needs travels with the flow. */
export const sendEmail = defineStep({
  type: 'sendEmail',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'mail',
  config: () => z.object({
    subject: requiredText(text('field.subject.label'), 'text', 250),
    // Inbox preview text; most clients show about 100 characters.
    preheader: optionalText(text('field.preheader.label'), 'text', 250),
    body: requiredText(text('field.body.label'), 'template', 100_000),
    senderName: requiredText(text('field.senderName.label'), 'text', 200),
    // Blank is accepted so that a new step is a well-formed draft; the required check reports it.
    senderEmail: field(z.union([z.literal(''), z.email().max(320)]), {
      label: text('field.senderEmail.label'),
      widget: 'email',
      required: true,
    }),
  }),
  defaultConfig: { subject: '', preheader: '', body: '', senderName: '', senderEmail: '' },
  ports: nextOnly,
  references: [],
  // The message itself may be corrected while contacts wait for it; who it comes from is part of the sending setup and stays.
  editableWhileRunning: ['subject', 'preheader', 'body'],
  summary: (config, locale) => inLocale(text('summary.email'), locale, { subject: config.subject || '?' }),
});
