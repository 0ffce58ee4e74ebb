import { catalogTexts, inLocale } from './catalog-texts';
import type { Labels } from './labels';
import { LOCALES } from '../locales/locales';
import { fillPlaceholders, type PlaceholderValues } from '../text/placeholders';

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
  branchIdUsed: text('branchIdUsed'),
  atLeastMinimum: text('atLeastMinimum'),
  keyUsed: text('keyUsed'),
  portIdTaken: text('portIdTaken'),
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

/**
 * A step rule that names a value, as a zod custom issue (`message` and `params`): the message is
 * the English words with the values in them, and the values travel in `params` so the validator
 * can give the rule in every language (see {@link formatHintLabels}).
 */
export function formatHintIssue(key: keyof typeof FORMAT_HINTS, values: PlaceholderValues): { message: string; params: { hintValues: PlaceholderValues } } {
  return { message: fillPlaceholders(FORMAT_HINTS[key].en, values), params: { hintValues: values } };
}

/** A rule that names a value (`{{id}}`), filled in every language: for details the validator writes itself. */
export function formatHintWith(key: keyof typeof FORMAT_HINTS, values: PlaceholderValues): Labels {
  return fillInEveryLanguage(FORMAT_HINTS[key], values);
}

function fillInEveryLanguage(labels: Labels, values: PlaceholderValues): Labels {
  return Object.fromEntries(LOCALES.map((locale) => [locale, inLocale(labels, locale, values)])) as Labels;
}

/**
 * The rule in every language, when `detail` is the English words of a {@link formatHint}, or of a
 * {@link formatHintIssue} filled with `values`.
 */
export function formatHintLabels(detail: string, values?: PlaceholderValues): Labels | undefined {
  const fixed = BY_ENGLISH.get(detail);
  if (fixed || !values) return fixed;
  // Only rules with placeholders can match here; there are few, so trying each is cheap.
  const labels = Object.values(FORMAT_HINTS).find((hint) => hint.en.includes('{{') && fillPlaceholders(hint.en, values) === detail);
  return labels && fillInEveryLanguage(labels, values);
}
