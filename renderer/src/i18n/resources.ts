import i18next from 'i18next';
import type { TFunction } from 'i18next';
import type { StringTree } from '../../../shared/locales/translation';

export type { StringTree, Translation } from '../../../shared/locales/translation';

// Every language's UI strings at once, for tests that check texts in several languages
// (the app itself loads one language at a time, i18n.ts).
const allLanguages = import.meta.glob<StringTree>('../../../shared/locales/*/ui.ts', { import: 'default', eager: true });

/** i18next resources holding every language of shared/locales, keyed by its folder's name. */
export function allUiResources(): Record<string, { translation: StringTree }> {
  return Object.fromEntries(Object.entries(allLanguages).map(([file, strings]) => [file.split('/').at(-2)!, { translation: strings }]));
}

/** A translator for one language with English as its fallback, as the app sets up i18next. */
export async function translatorFor(language: string): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ resources: allUiResources(), lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return instance.t;
}
