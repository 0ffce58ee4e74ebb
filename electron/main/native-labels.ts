import { matchLocale } from '../../shared/locales/locales';
import type { Locale } from '../../shared/locales/locales';
import type { Translation } from '../../shared/locales/translation';
import type { actionsEn } from '../../shared/locales/en/actions';
import type { nativeEn } from '../../shared/locales/en/native';
import { LANGUAGES } from '../../shared/locales/all';

/**
 * Everything native the desktop shell shows: menu titles, dialogs, and the menu items, which
 * are the actions' labels: the same text the UI's buttons and shortcut list show.
 */
export type NativeLabels = Translation<typeof nativeEn> & { actions: Translation<typeof actionsEn>['actions'] };
export type DialogLabels = NativeLabels['dialogs'];

/**
 * The language of native menus and dialogs for a system locale (`app.getLocale()`), matched
 * with the renderer's matcher; English when the product does not speak it. They follow the
 * system, not a language chosen inside the app.
 */
export function nativeLanguageFor(locale: string): Locale {
  return matchLocale(locale) ?? 'en';
}

/** The native labels for a system locale. */
export function nativeLabels(locale: string): NativeLabels {
  const language = LANGUAGES[nativeLanguageFor(locale)];
  return { ...language.native, actions: language.actions.actions };
}

/** An action's label (`actions.save`) in native labels. */
export function actionLabel(labels: NativeLabels, key: `actions.${string}`): string {
  const name = key.slice('actions.'.length) as keyof NativeLabels['actions'];
  return labels.actions[name];
}
