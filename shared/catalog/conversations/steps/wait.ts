import { z } from 'zod';
import { durationField, formatDuration, nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'wait');

/** Pauses the contact in the workflow for a while. */
export const wait = defineStep({
  type: 'wait',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'hourglass',
  config: () => z.object({
    duration: durationField(text('field.duration.label'), 60),
  }),
  defaultConfig: { duration: 60 * 60 },
  ports: nextOnly,
  references: [],
  summary: (config) => formatDuration(config.duration),
});
