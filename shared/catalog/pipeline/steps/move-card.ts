import { z } from 'zod';
import { activeField, nextOnly, refField, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { enteredColumnSignals } from '../triggers/card-entered-column';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('pipeline', 'moveCard');

const columnLabel = text('field.column.label');

/** Where the card goes: a column of this pipeline, or a column of another flow (a link that is never exported). */
const destinationSchema = () => field(
  z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('column'), column: requiredText(columnLabel, 'text', 200) }),
    z.object({
      mode: z.literal('flow'),
      flow: refField('flow', text('field.flow.label')),
      column: requiredText(columnLabel, 'text', 200),
    }),
  ]),
  {
    label: text('field.destination.label'),
    widget: 'select',
    options: {
      column: text('field.destination.option.column'),
      flow: text('field.destination.option.flow'),
    },
  },
);

/**
 * Moves the card to another column. Moving it within this pipeline raises that column's
 * "card enters column" event, so moving into the column that triggers the flow is a loop.
 */
export const moveCard = defineStep({
  type: 'moveCard',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'move-right',
  config: () => z.object({
    active: activeField(),
    destination: destinationSchema(),
  }),
  defaultConfig: { active: true, destination: { mode: 'column', column: '' } },
  ports: nextOnly,
  references: [{ field: 'destination.flow', kinds: ['flow'], export: 'strip', import: 'remove' }],
  summary: (config, locale) => {
    const column = `“${config.destination.column.trim() || '?'}”`;
    return config.destination.mode === 'column'
      ? inLocale(text('summary.moveTo'), locale, { column })
      : inLocale(text('summary.moveToFlow'), locale, { column, flow: config.destination.flow.name ?? '?' });
  },
  // A move into another flow raises that flow's event, which this flow's triggers never hear.
  emits: (config) => (config.destination.mode === 'column' ? enteredColumnSignals(config.destination.column) : []),
});
