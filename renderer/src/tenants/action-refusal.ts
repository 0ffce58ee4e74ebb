import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/catalog/labels';
import { isHostError } from '../host/host-call-error';
import { diagnosticText } from '../problems/diagnostic-text';

/** A lifecycle action the tenant refused for the flow's errors, in the UI language: one line, then each error. */
export interface ActionRefusal {
  summary: string;
  errors: string[];
}

/**
 * The tenant's refusal of `action` on `flow` worded in the UI language, when the tenant said which
 * errors stand in the way (a publish or start of a flow with placeholders left); null for any other
 * failure, which is shown as the host words it. The tenant writes English; its findings carry
 * codes and parameters, so they are translated here as the Problems panel translates local ones.
 */
export function describeActionRefusal(error: unknown, { action, flow }: { action: string; flow: string }, t: TFunction, locale: Locale): ActionRefusal | null {
  if (!isHostError(error, 'REMOTE')) return null;
  const errors = error.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length === 0) return null;
  return {
    summary: t('tenants.actionRefused', { action: t(`tenants.action.${action}`), flow, count: errors.length }),
    errors: errors.map((diagnostic) => diagnosticText(diagnostic, t, locale)),
  };
}
