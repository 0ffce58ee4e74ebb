import { z } from 'zod';
import { durationField, formatDuration, nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('journeys', 'wait');

const ONE_DAY_SECONDS = 24 * 60 * 60;

/** Holds the contact in the journey for a while before the next step. */
export const wait = defineStep({
  type: 'wait',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'hourglass',
  config: () => z.object({
    duration: durationField(text('field.duration.label')),
  }),
  defaultConfig: { duration: ONE_DAY_SECONDS },
  ports: nextOnly,
  references: [],
  // A longer or shorter wait only changes when waiting contacts move on, not where they go.
  editableWhileRunning: ['duration'],
  summary: (config, locale) => inLocale(text('summary.wait'), locale, { duration: formatDuration(config.duration) }),
});
