import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'manual');

/** Starts the workflow for contacts someone enrols by hand; it needs no configuration. */
export const manualTrigger = defineStep({
  type: 'manual',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'hand',
  config: () => z.object({}),
  defaultConfig: {},
  ports: nextOnly,
  references: [],
});
