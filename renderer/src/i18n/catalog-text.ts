import i18next from 'i18next';
import type { Labels } from '../../../shared/catalog/labels';
import type { Locale } from '../../../shared/locales/locales';
import type { Template } from '../../../shared/templates/template';
import { PSEUDO_LOCALE, pseudoLocalize } from './pseudo-locale';

/**
 * A catalog text (a step's label, a field's label or help, a port's label, a description) in
 * `locale`, the one way the UI reads `Labels`. Under the pseudo-locale it is the English text
 * pseudo-translated, so catalog texts show the same markers as the UI's own strings.
 */
export function labelIn(labels: Labels, locale: Locale): string {
  return inPseudoLocale() ? pseudoLocalize(labels.en) : labels[locale];
}

/**
 * A text the catalog builds in English for `locale` (a step's summary of its settings), as the
 * UI shows it: pseudo-translated under the pseudo-locale, else as given.
 */
export function builtTextIn(text: string): string {
  return inPseudoLocale() ? pseudoLocalize(text) : text;
}

/**
 * A template as the gallery shows it: a built-in one's name and description are texts the app
 * ships, so under the pseudo-locale they are pseudo-translated like catalog texts; a template the
 * user saved is the user's content and stays as saved.
 */
export function templateShown(template: Template): Template {
  if (template.source !== 'builtin' || !inPseudoLocale()) return template;
  return { ...template, name: pseudoLocalize(template.name), description: pseudoLocalize(template.description) };
}

/** Whether the UI runs in the pseudo-locale (its catalog locale is then English). */
export function inPseudoLocale(): boolean {
  return i18next.language === PSEUDO_LOCALE;
}

/** {@link labelIn} for a catalog entry that may be missing (an unknown step type or port): undefined then. */
export function labelOrNull(labels: Labels | undefined, locale: Locale): string | undefined {
  return labels === undefined ? undefined : labelIn(labels, locale);
}
