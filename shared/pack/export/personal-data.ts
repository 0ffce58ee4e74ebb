import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';
import type { FoundSpan } from './secret-forms';

/**
 * Personal data recognisable in text: e-mail addresses and phone numbers. Phone numbers are
 * found by libphonenumber (the metadata Google maintains for every numbering plan), which knows
 * the lengths and prefixes each country uses, so order numbers and dates are not taken for them.
 */

/** The address part allows what people write (dots, plus tags); the domain needs a dot and a top-level name. */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * International numbers (`+55 11 ...`) need no country; a number written the national way
 * needs one to be read. These are the countries of the platforms' own languages (English,
 * Portuguese, Spanish): a national number from elsewhere may pass unnoticed, which docs/FORMAT.md says.
 */
const NATIONAL_READINGS: readonly (CountryCode | undefined)[] = [undefined, 'US', 'GB', 'BR', 'PT', 'ES', 'MX', 'AR'];

/**
 * A phone number has at least seven digits, apart at most by spaces, dots, dashes, slashes and
 * parentheses; strings without such a run (most of them, ids and tokens included) skip the slower search.
 */
const SEVEN_DIGITS = /(?:\d[\s()./-]{0,3}){6}\d/;

/** How the export report names each piece of personal data, in the English the CLI prints. */
export const EMAIL_ADDRESS = 'e-mail address';
export const PHONE_NUMBER = 'phone number';

/** Every e-mail address and phone number in `text` (spans may overlap). */
export function findPersonalData(text: string): FoundSpan[] {
  const found: FoundSpan[] = [];
  if (text.includes('@')) {
    EMAIL.lastIndex = 0;
    for (const match of text.matchAll(EMAIL)) found.push({ start: match.index, end: match.index + match[0].length, what: EMAIL_ADDRESS });
  }
  if (SEVEN_DIGITS.test(text)) {
    for (const country of NATIONAL_READINGS) {
      for (const number of findPhoneNumbersInText(text, country === undefined ? undefined : { defaultCountry: country })) {
        found.push({ start: number.startsAt, end: number.endsAt, what: PHONE_NUMBER });
      }
    }
  }
  return found;
}
