import { z } from 'zod';
import { nextOnly, requiredText } from '../../common-fields';
import { defineStep } from '../../define';
import type { Signal } from '../../types';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('pipeline', 'cardEnteredColumn');

/**
 * The event a card entering a column raises. Signals carry no reference for columns (a
 * column is a name, not a tenant entity), so the column name is part of the event.
 */
export function enteredColumnEvent(column: string): string {
  return `card.enteredColumn:${column.trim()}`;
}

/** The column-name signal, or none while the column is still blank (an incomplete step loops nothing). */
export function enteredColumnSignals(column: string): Signal[] {
  return column.trim() === '' ? [] : [{ event: enteredColumnEvent(column) }];
}

/** Runs the flow's automations when a card is moved into a column of this pipeline. */
export const cardEnteredColumn = defineStep({
  type: 'cardEnteredColumn',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'square-kanban',
  config: () => z.object({
    column: requiredText(text('field.column.label'), 'text', 200),
  }),
  defaultConfig: { column: '' },
  ports: nextOnly,
  references: [],
  summary: (config, locale) => inLocale(text('summary.cardEnters'), locale, { column: config.column.trim() || '?' }),
  listens: (config) => enteredColumnSignals(config.column),
});
