import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/catalog/labels';
import { KIND_LABELS } from '../../../shared/catalog/kind-labels';
import type { KeychainStatus } from '../../../shared/host/keychain-status';
import type { ReportItem, ReportedRefKind, ReportedValue } from '../../../shared/pack/export/export-report';
import { labelIn } from './catalog-text';

/**
 * Codes the host and export send in place of English words, worded in the UI's language so no
 * English lands inside a translated sentence.
 */

/** Why new secrets would be stored unencrypted; empty when the host gave no reason. */
export function keychainReasonText(keychain: KeychainStatus | undefined, t: TFunction): string {
  return keychain?.reason === undefined ? '' : t(`keychainReason.${keychain.reason}`);
}

/** Kinds whose reference has words of its own rather than "<kind> reference". */
const OWN_WORDS = ['flow', 'attachment', 'form', 'product', 'unknown'] as const;

/** A reported reference by its kind ("tag reference"), in the words the CLI prints in English. */
export function reportedReferenceText(kind: ReportedRefKind, t: TFunction, locale: Locale): string {
  if (hasOwnWords(kind)) return t(`reportedReference.${kind}`);
  return t('reportedReference.reference', { kind: labelIn(KIND_LABELS[kind], locale) });
}

function hasOwnWords(kind: ReportedRefKind): kind is (typeof OWN_WORDS)[number] {
  return (OWN_WORDS as readonly string[]).includes(kind);
}

/** What an export report item is about, in the UI's language: its reference's kind or value's code, else the words export gave. */
export function reportedItemText(item: Pick<ReportItem, 'what' | 'refKind' | 'value'>, t: TFunction, locale: Locale): string {
  if (item.refKind !== undefined) return reportedReferenceText(item.refKind, t, locale);
  if (item.value !== undefined) return reportedValueText(item.value, t, locale);
  return item.what;
}

function reportedValueText(value: ReportedValue, t: TFunction, locale: Locale): string {
  switch (value.code) {
    case 'step': {
      // English names the step in lower case, as a noun ("send message step"), as the CLI prints it.
      const name = labelIn(value.step, locale);
      return t('reportedValue.step', { step: locale === 'en' ? name.toLowerCase() : name });
    }
    case 'extraData':
      return t('reportedValue.extraData', { what: reportedReferenceText(value.of, t, locale) });
    default:
      return t(`reportedValue.${value.code}`);
  }
}
