import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'unassign');

/** Removes the conversation's assignee. */
export const unassign = defineStep({
  type: 'unassign',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'user-x',
  config: () => z.object({}),
  defaultConfig: {},
  ports: nextOnly,
  references: [],
});
