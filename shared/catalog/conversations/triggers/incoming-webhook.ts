import { z } from 'zod';
import { nextOnly, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('conversations', 'incomingWebhook');

/** How the webhook's summary names the field that identifies the contact. */
const IDENTIFIER_WORDS = {
  phone: text('identifierWord.phone'),
  email: text('identifierWord.email'),
  contactId: text('identifierWord.contactId'),
} as const;

/**
 * Starts the workflow when an outside system posts to the workflow's webhook URL. The
 * platform generates the URL when the workflow is published, so it is not part of the
 * document; the config says how to find the contact in the posted JSON.
 */
export const incomingWebhook = defineStep({
  type: 'incomingWebhook',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'webhook',
  config: () => z.object({
    identifier: field(z.enum(['phone', 'email', 'contactId']), {
      label: text('field.identifier.label'),
      widget: 'select',
      options: {
        phone: text('field.identifier.option.phone'),
        email: text('field.identifier.option.email'),
        contactId: text('field.identifier.option.contactId'),
      },
    }),
    identifierKey: requiredText(
      text('field.identifierKey.label'),
      'text',
      200,
    ),
  }),
  defaultConfig: { identifier: 'phone', identifierKey: '' },
  ports: nextOnly,
  references: [],
  summary: (config, locale) => inLocale(text('summary.contactBy'), locale, { identifier: inLocale(IDENTIFIER_WORDS[config.identifier], locale), identifierKey: config.identifierKey || '?' }),
});
