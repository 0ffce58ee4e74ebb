import i18next from 'i18next';
import { useSyncExternalStore } from 'react';
import { matchLocale } from '../../../shared/locales/locales';
import type { Locale } from '../../../shared/locales/locales';

/**
 * The current language as a catalog locale, for `Labels[locale]` (re-renders when it changes).
 *
 * @remarks
 * Every step drawn on the canvas reads it, so it listens for language changes only, rather
 * than through `useTranslation`, whose per-component state, bound `t` and event bindings
 * would be kept for each of them.
 */
export function useLocale(): Locale {
  return useSyncExternalStore(onLanguageChanged, currentLocale);
}

/** The UI's language now, for code outside React (notices, actions). */
export function currentLocale(): Locale {
  return matchLocale(i18next.language) ?? 'en';
}

function onLanguageChanged(notify: () => void): () => void {
  i18next.on('languageChanged', notify);
  return () => i18next.off('languageChanged', notify);
}
