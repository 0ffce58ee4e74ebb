import type { Locale } from '../../../shared/locales/locales';

/** A moment as the host and tenants send it (ISO text or milliseconds) or a Date. */
export type Moment = string | number | Date;

// One formatter per language and style: building an Intl formatter is far slower than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, style: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(key, found);
  }
  return found;
}

function toDate(at: Moment): Date | null {
  const date = at instanceof Date ? at : new Date(at);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A date and time of day in the UI's language, never the browser's or the system's: a
 * Portuguese screen says "6 de dez. de 2026, 05:37" even in an English browser. Text that is
 * not a date is shown as it came, so nothing the host sent is hidden.
 */
export function formatDateTime(at: Moment, locale: Locale): string {
  const date = toDate(at);
  return date ? formatter(locale, 'dateTime').format(date) : String(at);
}

/** A day in the UI's language; null when `at` is not a date (the caller leaves it out). */
export function formatDate(at: Moment, locale: Locale): string | null {
  const date = toDate(at);
  return date ? formatter(locale, 'date').format(date) : null;
}

const numberFormatters = new Map<Locale, Intl.NumberFormat>();

/** A count in the UI's language ("1,234", "1.234"), with one formatter per language. */
export function formatNumber(value: number, locale: Locale): string {
  let found = numberFormatters.get(locale);
  if (!found) numberFormatters.set(locale, (found = new Intl.NumberFormat(locale)));
  return found.format(value);
}
