import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { WEEKDAYS, dateTime } from './date-time';

type Weekday = (typeof WEEKDAYS)[number];

const formats = new Map<string, Intl.DateTimeFormat>();

/** A formatter for weekday and 24-hour time in `timeZone`; undefined for a zone Intl does not know. */
function formatIn(timeZone: string): Intl.DateTimeFormat | undefined {
  let format = formats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    } catch {
      return undefined;
    }
    formats.set(timeZone, format);
  }
  return format;
}

/** The weekday and `HH:MM` the clock shows at `at` in `timeZone`. */
export function localTime(at: number, timeZone: string): { day: Weekday; time: string } | undefined {
  const format = formatIn(timeZone);
  if (!format) return undefined;
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  const day = String(parts.weekday).toLowerCase() as Weekday;
  return { day, time: `${parts.hour}:${parts.minute}` };
}

/**
 * Goes by `open` while the virtual clock, read in the step's time zone (through Intl, so
 * summer time follows the zone's rules), falls in one of the weekly periods (from included, to
 * excluded), else by `closed`. The world's `hours` answer (`open`/`closed`) overrides the
 * schedule where a simulation wants a holiday. A time zone Intl does not know reads as closed,
 * the safe side for an out-of-hours message (the platforms offer only known zones).
 */
export const dateTimeRun = stepBehaviour<ConfigOf<typeof dateTime>>({
  enter: (run) => {
    const answer = run.world('hours');
    if (answer === 'open' || answer === 'closed') return { next: answer };
    const local = localTime(run.now, run.config.timezone);
    const open = local !== undefined && run.config.schedule.some((period) => period.day === local.day && period.from <= local.time && local.time < period.to);
    return { next: open ? 'open' : 'closed' };
  },
});
