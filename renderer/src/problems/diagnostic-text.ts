import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/catalog/labels';
import type { Diagnostic, ReportedDiagnostic } from '../../../shared/format/diagnostic';

/**
 * A diagnostic's message in the UI language. The validator writes English; other languages
 * render `code` + `params` with their own templates (`diagnostics.<CODE>`), falling back to
 * the English message when a template is missing, as for a code only a newer tenant knows.
 */
export function diagnosticText(diagnostic: ReportedDiagnostic, t: TFunction, locale: Locale): string {
  if (locale === 'en') return diagnostic.message;
  return t(`diagnostics.${diagnostic.code}`, { ...diagnostic.params, defaultValue: diagnostic.message });
}

/** "Error", "Warning" or "Note" in the UI language: the first word of every Problems row. */
export function severityLabel(diagnostic: Diagnostic, t: TFunction): string {
  return t(`problems.severity.${diagnostic.severity}`);
}
