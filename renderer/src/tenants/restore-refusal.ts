import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/locales/locales';
import { isHostError } from '../host/host-call-error';
import { diagnosticText } from '../problems/diagnostic-text';
import { messageOf } from '../ui/message-of';

/** Why a restore did not happen: one line, then each error the tenant found in the restored flow. */
export interface RestoreRefusal {
  summary: string;
  errors: string[];
}

/**
 * A restore that failed, for the revisions list. The tenant's refusal (the flow changed since the
 * list was read, its lifecycle does not allow the change, the restored flow is invalid) is given
 * as the host words it, the tenant's own reason included: only the tenant knows the reason, and a
 * generic "refused" would leave the person guessing. Its findings, which carry codes, are worded in the UI language as local problems are.
 * Anything else (the tenant could not be reached) is said as any host failure.
 */
export function describeRestoreFailure(error: unknown, revision: number, t: TFunction, locale: Locale): RestoreRefusal {
  if (!isHostError(error, 'REMOTE')) return { summary: messageOf(error), errors: [] };
  const errors = error.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnosticText(diagnostic, t, locale));
  return { summary: t('tenants.revisions.restoreRefused', { revision, reason: error.message }), errors };
}
