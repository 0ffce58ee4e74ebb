import type { Locale } from '../../../shared/catalog/labels';

/** A tree of translated strings: what an i18next namespace holds. */
export interface StringTree {
  [key: string]: string | StringTree;
}

/** The same keys as `T`, each leaf a string: the shape every translation of a resource must have. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

function isTree(value: unknown): value is StringTree {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `extra` laid over `base`, nested objects merged key by key. */
export function mergeStrings(base: StringTree, extra: StringTree): StringTree {
  const result: StringTree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] = isTree(current) && isTree(value) ? mergeStrings(current, value) : value;
  }
  return result;
}

/**
 * The translation resources for each locale given: the app's strings plus the strings of any
 * `canvas-<locale>.ts` module (the canvas engineer's own files). Every object a canvas
 * module exports (default or named) is merged into the one `translation` namespace, so the
 * canvas can keep its keys under its own prefix without this module knowing them.
 */
export function buildResources(
  app: Readonly<Partial<Record<Locale, StringTree>>>,
  canvasModules: Readonly<Record<string, unknown>>,
): Partial<Record<Locale, { translation: StringTree }>> {
  const result: Partial<Record<Locale, { translation: StringTree }>> = {};
  for (const locale of Object.keys(app) as Locale[]) {
    let strings = app[locale]!;
    const module = Object.entries(canvasModules).find(([file]) => file.endsWith(`/canvas-${locale}.ts`))?.[1];
    if (isTree(module)) {
      for (const exported of Object.values(module)) if (isTree(exported)) strings = mergeStrings(strings, exported);
    }
    result[locale] = { translation: strings };
  }
  return result;
}
