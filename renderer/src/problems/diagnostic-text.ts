import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/catalog/labels';
import type { Diagnostic, ReportedDiagnostic } from '../../../shared/format/diagnostic';
import { isToConfigure } from '../../../shared/format/diagnostic-class';
import { builtTextIn } from '../i18n/catalog-text';

/**
 * A diagnostic's message in the UI language. The validator writes English; other languages
 * render `code` + `params` with their own templates (`diagnostics.<CODE>`), falling back to
 * the English message when a template is missing, as for a code only a newer tenant knows.
 */
export function diagnosticText(diagnostic: ReportedDiagnostic, t: TFunction, locale: Locale): string {
  // English is the validator's own message, which the pseudo-locale shows pseudo-translated.
  if (locale === 'en') return builtTextIn(diagnostic.message);
  return t(`diagnostics.${diagnostic.code}`, { ...paramsIn(diagnostic.params, locale), defaultValue: diagnostic.message });
}

/** The parameters with each one given in `locale` (`field@es`, a field's label in Spanish) taking the place of its English value. */
function paramsIn(params: ReportedDiagnostic['params'], locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  const suffix = `@${locale}`;
  for (const [name, value] of Object.entries(params ?? {})) if (name.endsWith(suffix)) out[name.slice(0, -suffix.length)] = value;
  return out;
}

/**
 * "Error", "To configure", "Warning" or "Note" in the UI language: the first word of every
 * Problems row. An error a person finishes (a placeholder to choose, a required field left
 * empty) says so, as the import plan does: it still blocks publishing, but nothing is broken.
 */
export function severityLabel(diagnostic: Diagnostic, t: TFunction): string {
  if (isToConfigure(diagnostic)) return t('problems.severity.toConfigure');
  return t(`problems.severity.${diagnostic.severity}`);
}
