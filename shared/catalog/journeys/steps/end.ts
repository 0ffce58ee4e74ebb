import { z } from 'zod';
import { noPorts } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('journeys', 'end');

/** Ends the journey for the contact. */
export const end = defineStep({
  type: 'end',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'flag',
  config: () => z.object({}),
  defaultConfig: {},
  ports: noPorts,
  references: [],
  summary: (_, locale) => inLocale(text('summary.endOfJourney'), locale),
});
