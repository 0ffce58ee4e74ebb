import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/catalog/labels';
import { appEn } from './app-en';
import { appEs } from './app-es';
import { appPtBR } from './app-pt-BR';
import { matchLocale, pickLocale } from './locale';
import { buildResources } from './resources';

// The canvas engineer's strings, when their files exist: globbed so neither side waits on the other.
const canvasModules = import.meta.glob('./canvas-*.ts', { eager: true });

const CHOICE_KEY = 'flowpack.language';

/** The language the user picked in the Language menu, if any (it wins over the system locale). */
function storedChoice(): string | null {
  try {
    return localStorage.getItem(CHOICE_KEY);
  } catch {
    return null;
  }
}

/**
 * Starts i18next with the browser's languages; {@link adoptSystemLocale} may switch once the
 * host reports the system locale. Resources are bundled, so initialisation is synchronous
 * and the first render is already translated.
 */
export function setupI18n(): typeof i18next {
  const initial = pickLocale([storedChoice(), ...(navigator.languages ?? []), navigator.language]);
  void i18next.use(initReactI18next).init({
    resources: buildResources({ en: appEn, 'pt-BR': appPtBR, es: appEs }, canvasModules),
    lng: initial,
    fallbackLng: 'en',
    supportedLngs: ['en', 'pt-BR', 'es'],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = initial;
  return i18next;
}

/** Switches to the host's system locale (app:info), unless the user chose a language. */
export function adoptSystemLocale(systemLocale: string): void {
  if (matchLocale(storedChoice())) return;
  const locale = matchLocale(systemLocale);
  if (locale && locale !== i18next.language) void applyLanguage(locale);
}

/** The user's choice from the Language menu: applied now and remembered. */
export function chooseLanguage(locale: Locale): void {
  try {
    localStorage.setItem(CHOICE_KEY, locale);
  } catch {
    // Without storage the choice lasts for this session only.
  }
  void applyLanguage(locale);
}

async function applyLanguage(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

/** Translates outside React (actions, notices). Components use `useTranslation`. */
export function translate(key: string, options?: Record<string, unknown>): string {
  return i18next.t(key, options);
}
