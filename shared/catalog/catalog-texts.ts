import { catalogEn } from '../locales/en/catalog';
import { LANGUAGES } from '../locales/all';
import { LOCALES } from '../locales/locales';
import type { Locale } from '../locales/locales';
import type { Translation } from '../locales/translation';
import type { Labels } from './labels';

type CatalogTexts = typeof catalogEn;

/** Every language's catalog file, from the registry of language folders. */
const CATALOG_TEXTS: Readonly<Record<Locale, Translation<CatalogTexts>>> = Object.fromEntries(
  LOCALES.map((locale) => [locale, LANGUAGES[locale].catalog]),
) as Record<Locale, Translation<CatalogTexts>>;

/** The dotted paths to the texts of a branch of the catalog file: `field.question.label`, `port.answered`. */
export type TextKey<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${TextKey<T[K]>}` }[keyof T & string];

type TextTree = { readonly [key: string]: string | TextTree };

function textAt(tree: TextTree, path: readonly string[]): string | undefined {
  let node: string | TextTree | undefined = tree;
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * The texts of one type (or of the helper that shares them between types) of a profile: each
 * key gives its text in every language, read from the catalog file of each language, so the
 * catalog's readers keep reading `labels[locale]`.
 */
export function catalogTexts<P extends keyof CatalogTexts, G extends keyof CatalogTexts[P] & string>(
  profile: P,
  group: G,
): (key: TextKey<CatalogTexts[P][G]>) => Labels {
  return (key) => {
    const path = [profile, group, ...key.split('.')];
    const english = textAt(catalogEn as TextTree, path);
    if (english === undefined) throw new Error(`No catalog text ${path.join('.')}`);
    return Object.fromEntries(
      LOCALES.map((locale) => [locale, textAt(CATALOG_TEXTS[locale] as TextTree, path) ?? english]),
    ) as Record<Locale, string>;
  };
}

/**
 * A catalog text in `locale` (English when none is given) with its `{{name}}` placeholders
 * filled from `values`: the one way text built from a step's config, such as its summary, is
 * put into words. The placeholders are the UI's (i18next) syntax, so one translator sees one form.
 */
export function inLocale(labels: Labels, locale: Locale | undefined, values: Readonly<Record<string, string | number>> = {}): string {
  return labels[locale ?? 'en'].replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
