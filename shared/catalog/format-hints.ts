import { catalogTexts, inLocale } from './catalog-texts';
import type { Labels } from './labels';
import { LOCALES } from '../locales/locales';

const text = catalogTexts('common', 'formatHints');

/** The format rules of step fields, in every language. */
const FORMAT_HINTS = {
  variableName: text('variableName'),
  httpAddress: text('httpAddress'),
  headerName: text('headerName'),
  jumpTarget: text('jumpTarget'),
  time24: text('time24'),
  closingAfterOpening: text('closingAfterOpening'),
  timeZone: text('timeZone'),
  phoneE164: text('phoneE164'),
  distinctChoices: text('distinctChoices'),
  noStepWithId: text('noStepWithId'),
} as const satisfies Record<string, Labels>;

/** Each rule by its English words, which is what a failed parse reports. */
const BY_ENGLISH = new Map<string, Labels>(Object.values(FORMAT_HINTS).map((labels) => [labels.en, labels]));

/**
 * A field's format rule for a zod check (`{ error }` takes the English words); the validator gives
 * the rule in every language when a value breaks it (see {@link formatHintLabels}).
 */
export function formatHint(key: keyof typeof FORMAT_HINTS): { error: string } {
  return { error: FORMAT_HINTS[key].en };
}

/** A rule that names a value (`{{id}}`), filled in every language: for details the validator writes itself. */
export function formatHintWith(key: keyof typeof FORMAT_HINTS, values: Readonly<Record<string, string | number>>): Labels {
  const labels = FORMAT_HINTS[key];
  return Object.fromEntries(LOCALES.map((locale) => [locale, inLocale(labels, locale, values)])) as Labels;
}

/** The rule in every language, when `detail` is the English words of a {@link formatHint}. */
export function formatHintLabels(detail: string): Labels | undefined {
  return BY_ENGLISH.get(detail);
}
