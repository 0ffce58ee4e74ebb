/** A tree of translated strings: what an i18next namespace holds. */
export interface StringTree {
  [key: string]: string | StringTree;
}

/** The same keys as `T`, each leaf a string: the shape every translation of a resource must have. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
