import { z } from 'zod';
import { nextOnly, optionalText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';

/**
 * Sends the contact's data to an external endpoint. The platform refuses to export a
 * journey containing one, so its presence blocks export.
 */
export const customIntegration = defineStep({
  type: 'customIntegration',
  role: 'step',
  labels: t('Custom integration', 'Integração personalizada', 'Integración personalizada'),
  description: t(
    'Sends the contact’s data to an external web address.',
    'Envia os dados do contato para um endereço web externo.',
    'Envía los datos del contacto a una dirección web externa.',
  ),
  icon: 'webhook',
  config: () => z.object({
    // Blank is accepted so that a new step is a well-formed draft; the required check reports it.
    url: field(z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2_000)]), {
      label: t('URL', 'URL', 'URL'),
      widget: 'url',
      required: true,
    }),
    payload: optionalText(t('Payload', 'Conteúdo enviado', 'Contenido enviado'), 'template', 20_000),
  }),
  defaultConfig: { url: '', payload: '' },
  ports: nextOnly,
  references: [],
  exportRules: { block: true },
  summary: (config, locale) => `${inLanguage(locale, 'Call', 'Chamar', 'Llamar a')} ${config.url || '?'}`,
});
