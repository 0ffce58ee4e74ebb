import { z } from 'zod';
import { nextOnly, requiredText } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';
import type { Signal } from '../../types';

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
  labels: t('Card enters column', 'Card entra na coluna', 'La tarjeta entra en la columna'),
  description: t(
    'Starts when a card is moved into the chosen column.',
    'Inicia quando um card é movido para a coluna escolhida.',
    'Se inicia cuando una tarjeta se mueve a la columna elegida.',
  ),
  icon: 'square-kanban',
  config: () => z.object({
    column: requiredText(t('Column', 'Coluna', 'Columna'), 'text', 200),
  }),
  defaultConfig: { column: '' },
  ports: nextOnly,
  references: [],
  summary: (config, locale) => `${inLanguage(locale, 'Card enters', 'Card entra em', 'La tarjeta entra en')} “${config.column.trim() || '?'}”`,
  listens: (config) => enteredColumnSignals(config.column),
});
