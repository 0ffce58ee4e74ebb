import { z } from 'zod';
import { activeField, nextOnly, refField, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('pipeline', 'publishToClientFeed');

/** The only audience the platform offers: people (not companies) linked to the card as contacts. */
export const CLIENT_FEED_AUDIENCE = 'cardPersonContacts';

/**
 * Posts a message to the client feed of the card's person contacts. Only users authorised
 * to publish may own the automation, so the author is a link to a user and is lost on export.
 */
export const publishToClientFeed = defineStep({
  type: 'publishToClientFeed',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'megaphone',
  config: () => z.object({
    active: activeField(),
    message: requiredText(text('field.message.label'), 'template', 5_000),
    // A literal shown as a one-option select: the author sees who receives the post but cannot change it.
    audience: field(z.literal(CLIENT_FEED_AUDIENCE), {
      label: text('field.audience.label'),
      widget: 'select',
      options: {
        [CLIENT_FEED_AUDIENCE]: text('field.audience.option.cardPersonContacts'),
      },
    }),
    author: refField('user', text('field.author.label')),
  }),
  defaultConfig: { active: true, message: '', audience: CLIENT_FEED_AUDIENCE, author: { $ref: 'user' } },
  ports: nextOnly,
  references: [{ field: 'author', kinds: ['user'], export: 'strip', import: 'remove' }],
  // "desde que tenham sido autorizados por um usuário com perfil administrador ou pelo proprietário"
  // (pipeline-client-feed.pt.txt).
  requiresAuthority: 'publishToClientFeed',
  summary: (config, locale) => inLocale(text('summary.postToClientFeed'), locale, { message: config.message.slice(0, 40) || '?' }),
});
