import { triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import { isPlaceholder, sameEntity } from '../../../format/entity-ref';
import type { dateField } from './date-field';

/**
 * The event a day raises for a contact's date field: `ref` is the field, `daysFromDate` the
 * days from the date to today (negative before the date, positive after it).
 */
export const DATE_FIELD_EVENT = 'customField.dateReached';

/** The day of the trigger relative to the date: before it is negative, after it positive. */
function dayOf(config: ConfigOf<typeof dateField>): number {
  return config.direction === 'before' ? -config.offsetDays : config.offsetDays;
}

/**
 * Enrols the contact on the day the trigger names: so many days before or after the date in
 * the chosen field, and on no other day. The platforms do not say which time of that day; the
 * event that a new day raises is what starts it.
 */
export const dateFieldRun = triggerBehaviour<ConfigOf<typeof dateField>>({
  starts: (config, event) =>
    event.event === DATE_FIELD_EVENT &&
    !isPlaceholder(config.customField) &&
    event.ref !== undefined &&
    sameEntity(config.customField, event.ref) &&
    event.data?.daysFromDate === dayOf(config),
  sampleEvent: (config): RunEvent => ({ event: DATE_FIELD_EVENT, ref: config.customField, data: { daysFromDate: dayOf(config) } }),
});
