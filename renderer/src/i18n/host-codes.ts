import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/catalog/labels';
import { KIND_LABELS } from '../../../shared/catalog/kind-labels';
import type { KeychainStatus } from '../../../shared/host/keychain-status';
import type { ReportedRefKind } from '../../../shared/pack/export/export-report';
import { labelIn } from './catalog-text';

/**
 * Codes the host and export send in place of English words, worded in the UI's language so no
 * English lands inside a translated sentence.
 */

/** Why new secrets would be stored unencrypted; empty when the host gave no reason. */
export function keychainReasonText(keychain: KeychainStatus | undefined, t: TFunction): string {
  return keychain?.reason === undefined ? '' : t(`keychainReason.${keychain.reason}`);
}

/** A reported reference by its kind ("tag reference"); a flow link and an attachment have their own words. */
export function reportedReferenceText(kind: ReportedRefKind, t: TFunction, locale: Locale): string {
  if (kind === 'flow' || kind === 'attachment' || kind === 'unknown') return t(`reportedReference.${kind}`);
  return t('reportedReference.reference', { kind: labelIn(KIND_LABELS[kind], locale) });
}
