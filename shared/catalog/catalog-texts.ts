import { catalogEn } from '../locales/en/catalog';
import { registeredCatalogTexts } from '../locales/catalog-registry';
import { LOCALES } from '../locales/locales';
import type { Locale } from '../locales/locales';
import type { Labels } from './labels';

type CatalogTexts = typeof catalogEn;

/** The dotted paths to the texts of a branch of the catalog file: `field.question.label`, `port.answered`. */
export type TextKey<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${TextKey<T[K]>}` }[keyof T & string];

type TextTree = { readonly [key: string]: string | TextTree };

function textAt(tree: TextTree, path: readonly string[]): string | undefined {
  let node: string | TextTree | undefined = tree;
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

// Where a text's translations are found: its type (or helper) and its key, kept on its labels
// out of sight of JSON, spreading and Object.entries, which see only the languages.
const GROUP = Symbol('catalog group');
const KEY = Symbol('catalog key');

interface CatalogLabels {
  readonly en: string;
  readonly [GROUP]: readonly [string, string];
  readonly [KEY]: string;
}

/** The text of `labels` in a language other than English: its loaded translation, else English. */
function translated(locale: Exclude<Locale, 'en'>, labels: CatalogLabels): string {
  const texts = registeredCatalogTexts(locale);
  const text = texts && textAt(texts as TextTree, [...labels[GROUP], ...labels[KEY].split('.')]);
  return text ?? labels.en;
}

// One getter per language, shared by every text of the catalog: each text holds its English and
// where its translations are, never the translations themselves, so a language takes memory
// only once it is loaded (and a text in a language just loaded is read from it at once).
const TRANSLATIONS: PropertyDescriptorMap = Object.fromEntries(
  LOCALES.filter((locale) => locale !== 'en').map((locale) => [
    locale,
    { enumerable: true, get(this: CatalogLabels) { return translated(locale, this); } },
  ]),
);

/**
 * The texts of one type (or of the helper that shares them between types) of a profile: each
 * key gives its text in every language, so the catalog's readers keep reading `labels[locale]`.
 *
 * @remarks
 * English is read from its catalog file; another language from its catalog file once that is
 * registered (shared/locales/catalog-registry.ts), and as English until then.
 */
export function catalogTexts<P extends keyof CatalogTexts, G extends keyof CatalogTexts[P] & string>(
  profile: P,
  group: G,
): (key: TextKey<CatalogTexts[P][G]>) => Labels {
  const where: readonly [string, string] = [profile, group];
  return (key) => {
    const english = textAt(catalogEn as TextTree, [...where, ...key.split('.')]);
    if (english === undefined) throw new Error(`No catalog text ${[...where, key].join('.')}`);
    const labels = { en: english };
    Object.defineProperties(labels, { [GROUP]: { value: where }, [KEY]: { value: key } });
    return Object.defineProperties(labels, TRANSLATIONS) as unknown as Labels;
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
