import type { z } from 'zod';
import { fieldMeta } from './define';
import type { FieldPattern } from '../format/json-paths';
import { LOCALES } from './labels';
import type { Labels, Locale } from './labels';
import { schemaDef, unwrapSchema } from './schema-def';
import { walkConfigFields } from './schema-walk';

const cache = new WeakMap<z.ZodType, FieldPattern[]>();

/**
 * The paths of every field marked `required` in a config schema, found once per schema by
 * walking its structure (objects, arrays, unions, optional and default wrappers).
 */
export function requiredFieldPatterns(schema: z.ZodType): readonly FieldPattern[] {
  let patterns = cache.get(schema);
  if (!patterns) {
    const found: FieldPattern[] = [];
    walkConfigFields(schema, ({ meta, path }) => {
      if (meta.required) found.push(path);
    });
    patterns = found;
    cache.set(schema, patterns);
  }
  return patterns;
}

/**
 * The name of the config field at `path` (keys and list indexes from the config's root) in
 * every language, for messages: the field's own label, after "<list> <n>" for each list item
 * on the way ("Branches 2: Branch name"). Undefined when no field on the path has a label.
 */
export function fieldLabels(schema: z.ZodType, path: readonly (string | number)[]): Labels | undefined {
  const parts: Labels[] = [];
  let current: z.ZodType | undefined = schema;
  let last: Labels | undefined;
  for (const key of path) {
    current = current && childOf(current, key);
    if (!current) break;
    if (typeof key === 'number') {
      // An item of a labelled list is named by the list and its position, counted from 1.
      if (last) parts.push(mapLabels(last, (text) => `${text} ${key + 1}`));
      last = undefined;
    } else {
      last = (fieldMeta(current) ?? fieldMeta(unwrapSchema(current).inner))?.label ?? last;
    }
  }
  if (last) parts.push(last);
  if (parts.length === 0) return undefined;
  return mapLabels(parts[0]!, (_, locale) => parts.map((part) => part[locale]).join(': '));
}

/** The schema of `key` inside `schema` (an object's field, or any element of an array), through wrappers and unions. */
function childOf(schema: z.ZodType, key: string | number): z.ZodType | undefined {
  const def = schemaDef(unwrapSchema(schema).inner);
  if (typeof key === 'number') return def.type === 'array' ? def.element : undefined;
  if (def.type === 'object') return def.shape?.[key];
  if (def.type !== 'union') return undefined;
  for (const option of def.options ?? []) {
    const child = childOf(option, key);
    if (child) return child;
  }
  return undefined;
}

function mapLabels(labels: Labels, map: (text: string, locale: Locale) => string): Labels {
  return Object.fromEntries(LOCALES.map((locale) => [locale, map(labels[locale], locale)])) as Record<Locale, string>;
}
