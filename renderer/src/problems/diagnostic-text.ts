import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/catalog/labels';
import type { Diagnostic, ReportedDiagnostic } from '../../../shared/format/diagnostic';
import { isToConfigure } from '../../../shared/format/diagnostic-class';
import { profileName } from '../i18n/profile-name';
import { FLOW_STATUSES } from '../../../shared/format/flow-statuses';
import { builtTextIn } from '../i18n/catalog-text';

/**
 * A diagnostic's message in the UI language. The validator writes English; other languages
 * render `code` + `params` with their own templates (`diagnostics.<CODE>`), falling back to
 * the English message when a template is missing, as for a code only a newer tenant knows.
 */
export function diagnosticText(diagnostic: ReportedDiagnostic, t: TFunction, locale: Locale): string {
  // English is the validator's own message, which the pseudo-locale shows pseudo-translated.
  if (locale === 'en') return builtTextIn(diagnostic.message);
  return t(`diagnostics.${diagnostic.code}`, { ...paramsIn(diagnostic.params, locale, t), defaultValue: diagnostic.message });
}

/** The parameters with each one given in `locale` (`field@es`, a field's label in Spanish) taking the place of its English value. */
function paramsIn(params: ReportedDiagnostic['params'], locale: Locale, t: TFunction): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  const suffix = `@${locale}`;
  for (const [name, value] of Object.entries(params ?? {})) if (name.endsWith(suffix)) out[name.slice(0, -suffix.length)] = value;
  // A profile is named in the UI's language, not by its id, inside the translated sentence.
  for (const name of PROFILE_PARAMS) if (typeof out[name] === 'string') out[name] = profileName(out[name], locale);
  // So is a tenant flow's status ("ativa", not "active"), in the words of the tenant's flow list.
  const status = out.status;
  if (typeof status === 'string' && (FLOW_STATUSES as readonly string[]).includes(status)) out.status = t(`tenants.status.${status}`).toLocaleLowerCase(locale);
  return out;
}

/** The parameters that hold a profile's id (shared/validation/messages.ts). */
const PROFILE_PARAMS = ['profile', 'expected', 'pack', 'tenant'] as const;

/**
 * "Error", "To configure", "Warning" or "Note" in the UI language: the first word of every
 * Problems row. An error a person finishes (a placeholder to choose, a required field left
 * empty) says so, as the import plan does: it still blocks publishing, but nothing is broken.
 */
export function severityLabel(diagnostic: Diagnostic, t: TFunction): string {
  if (isToConfigure(diagnostic)) return t('problems.severity.toConfigure');
  return t(`problems.severity.${diagnostic.severity}`);
}
