import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';
import { conversationsRef } from '../ref-policies';

/** Starts the workflow when one tag is added to or removed from a contact. */
export const contactTagUpdated = defineStep({
  type: 'contactTagUpdated',
  role: 'trigger',
  labels: t('Contact tag updated', 'Tag do contato atualizada', 'Etiqueta del contacto actualizada'),
  description: t(
    'Starts when the chosen tag is added to or removed from a contact.',
    'Inicia quando a tag escolhida é adicionada a um contato ou removida dele.',
    'Se inicia cuando la etiqueta elegida se agrega a un contacto o se le quita.',
  ),
  icon: 'tag',
  config: () => z.object({
    action: field(z.enum(['added', 'removed']), {
      label: t('When the tag is', 'Quando a tag for', 'Cuando la etiqueta sea'),
      widget: 'select',
      options: {
        added: t('Added', 'Adicionada', 'Agregada'),
        removed: t('Removed', 'Removida', 'Quitada'),
      },
    }),
    tag: refField('tag', t('Tag', 'Tag', 'Etiqueta')),
  }),
  defaultConfig: { action: 'added', tag: { $ref: 'tag' } },
  ports: nextOnly,
  references: [conversationsRef('tag', 'tag')],
  summary: (config, locale) => `${config.tag.name ?? '?'} ${config.action === 'added' ? inLanguage(locale, 'added', 'adicionada', 'agregada') : inLanguage(locale, 'removed', 'removida', 'quitada')}`,
  listens: (config) => [{ event: config.action === 'added' ? 'tag.added' : 'tag.removed', ref: config.tag }],
});
