import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/locales/locales';
import type { CopyWords } from '../../../shared/format/copy-name';
import { LOCALES, matchLocale, pickLocale } from '../../../shared/locales/locales';
import type { StringTree } from '../../../shared/locales/translation';
import { registerCatalogTexts } from '../../../shared/locales/catalog-registry';
import type { CatalogTranslation } from '../../../shared/locales/catalog-registry';
import { uiCoreEn } from '../../../shared/locales/en/ui-core';
import { PSEUDO_LOCALE, pseudoLocaleRequested, pseudoTree } from './pseudo-locale';

// English is every language's fallback, so its strings and the catalog's English texts are always
// loaded; the other languages load when they are used, so only the languages on screen take
// memory. Each is a folder of shared/locales.
const otherLanguages = import.meta.glob<StringTree>(['../../../shared/locales/*/ui.ts', '!../../../shared/locales/en/ui.ts'], { import: 'default' });
const otherCatalogs = import.meta.glob<CatalogTranslation>(['../../../shared/locales/*/catalog.ts', '!../../../shared/locales/en/catalog.ts'], { import: 'default' });

type OtherLocale = Exclude<Locale, 'en'>;

/**
 * The UI strings of one language other than English, loaded from their own chunk, with the
 * catalog's texts in that language from theirs. The catalog texts are registered before this
 * resolves, so the step types already speak the language when the UI switches to it.
 */
async function loadResources(locale: OtherLocale): Promise<StringTree> {
  const loadStrings = otherLanguages[`../../../shared/locales/${locale}/ui.ts`];
  const loadCatalog = otherCatalogs[`../../../shared/locales/${locale}/catalog.ts`];
  if (!loadStrings || !loadCatalog) throw new Error(`no strings for ${locale}`);
  const [strings, catalog] = await Promise.all([loadStrings(), loadCatalog()]);
  registerCatalogTexts(locale, catalog);
  return strings;
}

/** Makes sure `locale`'s strings are loaded; false when they could not be (the editor then stays as it is). */
async function ensureLanguage(locale: Locale): Promise<boolean> {
  if (locale === 'en' || i18next.hasResourceBundle(locale, 'translation')) return true;
  try {
    i18next.addResourceBundle(locale, 'translation', await loadResources(locale));
    return true;
  } catch {
    return false;
  }
}

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
 * host reports the system locale. Resolves once the language's strings are loaded, so the
 * first render is already translated (English when they cannot be loaded).
 */
export async function setupI18n(): Promise<typeof i18next> {
  const preferred = pickLocale([storedChoice(), ...(navigator.languages ?? []), navigator.language]);
  const resources: Partial<Record<Locale | typeof PSEUDO_LOCALE, { translation: StringTree }>> = { en: { translation: uiCoreEn } };
  let initial: Locale | typeof PSEUDO_LOCALE = 'en';
  if (pseudoLocaleRequested(storedChoice(), window.location.search)) {
    resources[PSEUDO_LOCALE] = { translation: pseudoTree(uiCoreEn) };
    initial = PSEUDO_LOCALE;
  } else if (preferred !== 'en') {
    const strings = await loadResources(preferred).catch(() => null);
    if (strings) {
      resources[preferred] = { translation: strings };
      initial = preferred;
    }
  }
  void i18next.use(initReactI18next).init({
    resources,
    lng: initial,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES, PSEUDO_LOCALE],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = initial;
  return i18next;
}

/** Switches to the host's system locale (app:info), unless the user chose a language. */
export function adoptSystemLocale(systemLocale: string): void {
  if (matchLocale(storedChoice()) || i18next.language === PSEUDO_LOCALE) return;
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
  if (!(await ensureLanguage(locale))) return;
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

/**
 * Adds the English strings of a part of the editor that loads on first use (the Simulate
 * panel), called by that part's chunk as it loads, before it draws: English is every
 * language's fallback, and the pseudo-locale is made from it. The other languages' files hold
 * every string already (they load whole, when chosen).
 */
export function addEnglishStrings(strings: StringTree): void {
  i18next.addResourceBundle('en', 'translation', strings, true, false);
  if (i18next.hasResourceBundle(PSEUDO_LOCALE, 'translation')) i18next.addResourceBundle(PSEUDO_LOCALE, 'translation', pseudoTree(strings), true, false);
}

/** Translates outside React (actions, notices). Components use `useTranslation`. */
export function translate(key: string, options?: Record<string, unknown>): string {
  return options === undefined ? i18next.t(key) : i18next.t(key, options);
}

/** How a copy beside its original is named in the UI language (shared/format/copy-name.ts). */
export function copyWordsOfUi(): CopyWords {
  // `counted` keeps its `{{count}}`: copyName fills it with each number it tries.
  return { first: translate('library.copyWords.first'), counted: translate('library.copyWords.counted', { skipInterpolation: true }) };
}
