import { z } from 'zod';
import { nextOnly, requiredText } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';

/** Any page of the tracked site: the default, so a new journey is complete as created. */
export const ANY_PAGE_PATTERN = '/*';

/** Enrols a contact when they visit a page of the tracked site whose address matches a pattern. */
export const pageVisit = defineStep({
  type: 'pageVisit',
  role: 'trigger',
  labels: t('Page visit', 'Visita à página', 'Visita a la página'),
  description: t(
    'Starts when a known contact visits a page whose address matches the pattern.',
    'Inicia quando um contato conhecido visita uma página cujo endereço corresponde ao padrão.',
    'Se inicia cuando un contacto conocido visita una página cuya dirección coincide con el patrón.',
  ),
  icon: 'mouse-pointer-click',
  config: () => z.object({
    urlPattern: requiredText(t('Page address pattern', 'Padrão do endereço da página', 'Patrón de la dirección de la página'), 'text', 2_000),
  }),
  defaultConfig: { urlPattern: ANY_PAGE_PATTERN },
  ports: nextOnly,
  references: [],
  summary: (config, locale) => `${inLanguage(locale, 'Visits', 'Visita', 'Visita')} ${config.urlPattern || '?'}`,
});
