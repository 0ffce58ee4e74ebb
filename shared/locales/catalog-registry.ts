import type { catalogEn } from './en/catalog';
import type { Locale } from './locales';
import type { Translation } from './translation';

/** One language's texts of the step catalog (its folder's catalog.ts). */
export type CatalogTranslation = Translation<typeof catalogEn>;

// The languages whose catalog texts are loaded. English is never here: the catalog imports it
// directly, as the source and the fallback of every other language.
const registered = new Map<Exclude<Locale, 'en'>, CatalogTranslation>();

/**
 * Makes a language's catalog texts available to every step type's labels. The editor registers a
 * language when it loads it (renderer/src/i18n/i18n.ts); the Node side registers them all at once
 * (all.ts). Until then the step types read that language's texts as English.
 */
export function registerCatalogTexts(locale: Exclude<Locale, 'en'>, texts: CatalogTranslation): void {
  registered.set(locale, texts);
}

/** A language's catalog texts, or undefined while they are not loaded. */
export function registeredCatalogTexts(locale: Exclude<Locale, 'en'>): CatalogTranslation | undefined {
  return registered.get(locale);
}
