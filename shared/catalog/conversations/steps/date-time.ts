import { z } from 'zod';
import { formatHint } from '../../format-hints';
import { defineStep, field } from '../../define';
import type { Port } from '../../types';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('conversations', 'dateTime');

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const OPEN_PORT: Port = { id: 'open', role: 'branch', label: text('port.open') };
const CLOSED_PORT: Port = { id: 'closed', role: 'branch', label: text('port.closed') };

const time = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, formatHint('time24'));

const openingHours = () => z
  .object({
    day: field(z.enum(WEEKDAYS), {
      label: text('field.day.label'),
      widget: 'select',
      options: {
        monday: text('field.day.option.monday'),
        tuesday: text('field.day.option.tuesday'),
        wednesday: text('field.day.option.wednesday'),
        thursday: text('field.day.option.thursday'),
        friday: text('field.day.option.friday'),
        saturday: text('field.day.option.saturday'),
        sunday: text('field.day.option.sunday'),
      },
    }),
    from: field(time(), { label: text('field.from.label'), widget: 'time' }),
    to: field(time(), { label: text('field.to.label'), widget: 'time' }),
  })
  .refine((hours) => hours.from < hours.to, { ...formatHint('closingAfterOpening'), path: ['to'] });

/** An IANA time zone name such as `America/Sao_Paulo`, or `UTC`. */
const timezone = () => z
  .string()
  .max(64)
  .regex(/^[A-Za-z]+(?:[/_+-][A-Za-z0-9_+-]+)*$/, formatHint('timeZone'));

const WEEKDAY_HOURS = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({
  day,
  from: '09:00',
  to: '18:00',
}));

/**
 * Routes by business hours: `open` while the current time, in the chosen time zone, falls in
 * one of the weekly opening periods; `closed` otherwise. A day may have several periods
 * (a lunch break) or none (closed all day).
 */
export const dateTime = defineStep({
  type: 'dateTime',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'clock',
  config: () => z.object({
    timezone: field(timezone(), { label: text('field.timezone.label'), widget: 'text' }),
    schedule: field(z.array(openingHours()).max(7 * 4), {
      label: text('field.schedule.label'),
      widget: 'list',
    }),
  }),
  defaultConfig: { timezone: 'UTC', schedule: WEEKDAY_HOURS },
  ports: () => [OPEN_PORT, CLOSED_PORT],
  references: [],
  summary: (config, locale) => {
    const count = config.schedule.length;
    const periods = count === 1
      ? inLocale(text('summary.onePeriod'), locale)
      : inLocale(text('summary.periods'), locale, { count });
    return `${periods}, ${config.timezone}`;
  },
});
