import { catalogTexts } from './catalog-texts';
import type { Labels } from './labels';

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

/** The rule in every language, when `detail` is the English words of a {@link formatHint}. */
export function formatHintLabels(detail: string): Labels | undefined {
  return BY_ENGLISH.get(detail);
}
