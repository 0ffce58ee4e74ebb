import { z } from 'zod';
import { activeField, nextOnly, refField, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';
import { enteredColumnSignals } from '../triggers/card-entered-column';

const columnLabel = t('Column', 'Coluna', 'Columna');

/** Where the card goes: a column of this pipeline, or a column of another flow (a link that is never exported). */
const destinationSchema = () => field(
  z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('column'), column: requiredText(columnLabel, 'text', 200) }),
    z.object({
      mode: z.literal('flow'),
      flow: refField('flow', t('Flow', 'Fluxo', 'Flujo')),
      column: requiredText(columnLabel, 'text', 200),
    }),
  ]),
  {
    label: t('Destination', 'Destino', 'Destino'),
    widget: 'select',
    options: {
      column: t('A column of this pipeline', 'Uma coluna deste pipeline', 'Una columna de este pipeline'),
      flow: t('A column of another flow', 'Uma coluna de outro fluxo', 'Una columna de otro flujo'),
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
  labels: t('Move card', 'Mover card', 'Mover tarjeta'),
  description: t(
    'Moves the card to a column of this pipeline or of another flow.',
    'Move o card para uma coluna deste pipeline ou de outro fluxo.',
    'Mueve la tarjeta a una columna de este pipeline o de otro flujo.',
  ),
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
    const moveTo = `${inLanguage(locale, 'Move to', 'Mover para', 'Mover a')} ${column}`;
    return config.destination.mode === 'column' ? moveTo : `${moveTo} ${inLanguage(locale, 'of', 'de', 'de')} ${config.destination.flow.name ?? '?'}`;
  },
  // A move into another flow raises that flow's event, which this flow's triggers never hear.
  emits: (config) => (config.destination.mode === 'column' ? enteredColumnSignals(config.destination.column) : []),
});
