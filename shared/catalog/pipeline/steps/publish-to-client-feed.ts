import { z } from 'zod';
import { activeField, nextOnly, refField, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';

/** The only audience the platform offers: people (not companies) linked to the card as contacts. */
export const CLIENT_FEED_AUDIENCE = 'cardPersonContacts';

/**
 * Posts a message to the client feed of the card's person contacts. Only users authorised
 * to publish may own the automation, so the author is a link to a user and is lost on export.
 */
export const publishToClientFeed = defineStep({
  type: 'publishToClientFeed',
  role: 'step',
  labels: t('Publish to client feed', 'Publicar no feed do cliente', 'Publicar en el feed del cliente'),
  description: t(
    'Posts a message to the contacts (people, not companies) linked to the card.',
    'Publica uma mensagem para os contatos (pessoas, não empresas) ligados ao card.',
    'Publica un mensaje para los contactos (personas, no empresas) vinculados a la tarjeta.',
  ),
  icon: 'megaphone',
  config: () => z.object({
    active: activeField(),
    message: requiredText(t('Message', 'Mensagem', 'Mensaje'), 'template', 5_000),
    // A literal shown as a one-option select: the author sees who receives the post but cannot change it.
    audience: field(z.literal(CLIENT_FEED_AUDIENCE), {
      label: t('Audience', 'Público', 'Audiencia'),
      widget: 'select',
      options: {
        [CLIENT_FEED_AUDIENCE]: t(
          'Person contacts linked to the card',
          'Contatos pessoa ligados ao card',
          'Contactos persona vinculados a la tarjeta',
        ),
      },
    }),
    author: refField('user', t('Author', 'Autor', 'Autor')),
  }),
  defaultConfig: { active: true, message: '', audience: CLIENT_FEED_AUDIENCE, author: { $ref: 'user' } },
  ports: nextOnly,
  references: [{ field: 'author', kinds: ['user'], export: 'strip', import: 'remove' }],
  // "desde que tenham sido autorizados por um usuário com perfil administrador ou pelo proprietário"
  // (pipeline-client-feed.pt.txt).
  requiresAuthority: 'publishToClientFeed',
  summary: (config, locale) => `${inLanguage(locale, 'Post to client feed', 'Publicar no feed do cliente', 'Publicar en el feed del cliente')}: “${config.message.slice(0, 40) || '?'}”`,
});
