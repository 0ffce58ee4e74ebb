import { z } from 'zod';
import { nextOnly, requiredText } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('journeys', 'pageVisit');

/** Any page of the tracked site: the default, so a new journey is complete as created. */
export const ANY_PAGE_PATTERN = '/*';

/** Enrols a contact when they visit a page of the tracked site whose address matches a pattern. */
export const pageVisit = defineStep({
  type: 'pageVisit',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'mouse-pointer-click',
  config: () => z.object({
    urlPattern: requiredText(text('field.urlPattern.label'), 'text', 2_000),
  }),
  defaultConfig: { urlPattern: ANY_PAGE_PATTERN },
  ports: nextOnly,
  references: [],
  summary: (config, locale) => inLocale(text('summary.visits'), locale, { urlPattern: config.urlPattern || '?' }),
});
