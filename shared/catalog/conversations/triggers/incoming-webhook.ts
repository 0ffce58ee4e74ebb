import { z } from 'zod';
import { nextOnly, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';

/** How the webhook's summary names the field that identifies the contact. */
const IDENTIFIER_WORDS = {
  phone: t('phone', 'telefone', 'teléfono'),
  email: t('email', 'e-mail', 'correo'),
  contactId: t('contact ID', 'ID do contato', 'ID del contacto'),
} as const;

/**
 * Starts the workflow when an outside system posts to the workflow's webhook URL. The
 * platform generates the URL when the workflow is published, so it is not part of the
 * document; the config says how to find the contact in the posted JSON.
 */
export const incomingWebhook = defineStep({
  type: 'incomingWebhook',
  role: 'trigger',
  labels: t('Incoming webhook', 'Webhook de entrada', 'Webhook entrante'),
  description: t(
    'Starts when another system sends a request to this workflow’s webhook URL.',
    'Inicia quando outro sistema envia uma requisição para a URL de webhook deste fluxo.',
    'Se inicia cuando otro sistema envía una solicitud a la URL de webhook de este flujo.',
  ),
  icon: 'webhook',
  config: () => z.object({
    identifier: field(z.enum(['phone', 'email', 'contactId']), {
      label: t('Identify the contact by', 'Identificar o contato por', 'Identificar al contacto por'),
      widget: 'select',
      options: {
        phone: t('Phone number', 'Número de telefone', 'Número de teléfono'),
        email: t('Email', 'E-mail', 'Correo electrónico'),
        contactId: t('Contact ID', 'ID do contato', 'ID del contacto'),
      },
    }),
    identifierKey: requiredText(
      t('Key in the request body', 'Chave no corpo da requisição', 'Clave en el cuerpo de la solicitud'),
      'text',
      200,
    ),
  }),
  defaultConfig: { identifier: 'phone', identifierKey: '' },
  ports: nextOnly,
  references: [],
  summary: (config, locale) => `${inLanguage(locale, 'Contact by', 'Contato por', 'Contacto por')} ${IDENTIFIER_WORDS[config.identifier][locale ?? 'en']}: ${config.identifierKey || '?'}`,
});
