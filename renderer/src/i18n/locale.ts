import i18next from 'i18next';
import { useSyncExternalStore } from 'react';
import { LOCALES } from '../../../shared/catalog/labels';
import type { Locale } from '../../../shared/catalog/labels';

/** How each language names itself in the Language menu (never translated: people look for their own). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  'pt-BR': 'Português (Brasil)',
  es: 'Español',
};

/**
 * The app language for a BCP 47 tag, or null when none fits: any Portuguese gets Brazilian
 * Portuguese, any Spanish gets Spanish, any English gets English.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const exact = LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const language = tag.toLowerCase().split(/[-_]/)[0];
  if (language === 'pt') return 'pt-BR';
  if (language === 'es') return 'es';
  if (language === 'en') return 'en';
  return null;
}

/** The first candidate the app speaks (user choice, system locale, browser languages), else English. */
export function pickLocale(candidates: readonly (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const locale = matchLocale(candidate);
    if (locale) return locale;
  }
  return 'en';
}

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

function currentLocale(): Locale {
  return matchLocale(i18next.language) ?? 'en';
}

function onLanguageChanged(notify: () => void): () => void {
  i18next.on('languageChanged', notify);
  return () => i18next.off('languageChanged', notify);
}
