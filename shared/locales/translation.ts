/** A tree of translated strings: what an i18next namespace holds. */
export interface StringTree {
  [key: string]: string | StringTree;
}

/** Plural categories English lacks that another language's rules may have (CLDR, `Intl.PluralRules`). */
export type ExtraPluralCategory = 'zero' | 'two' | 'few' | 'many';

/** For each plural key of `T` (`x_other`), the forms another language may add (`x_many`). */
type ExtraPluralForms<T> = { [K in keyof T as K extends `${infer Base}_other` ? `${Base}_${ExtraPluralCategory}` : never]?: string };

/**
 * The same keys as `T`, each leaf a string: the shape every translation of a resource must have.
 * A plural key may also have the categories English lacks; a test holds each language to every
 * category of its plural rules.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> } & ExtraPluralForms<T>;
