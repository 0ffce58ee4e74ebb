import type { z } from 'zod';
import { fieldMeta } from './define';
import { OPTIONAL_WRAPPERS, schemaDef, SHAPE_WRAPPERS } from './schema-def';
import type { FieldMeta } from './types';

/** A config field with catalog metadata, met while walking a step's config schema. */
export interface FieldVisit {
  schema: z.ZodType;
  meta: FieldMeta;
  /** Keys from the config's root; `'[]'` stands for every element of an array. */
  path: readonly string[];
  /** The metadata of the nearest list this field is an element of (e.g. "Headers"), if any. */
  list: FieldMeta | undefined;
}

const isWrapper = (type: string) => OPTIONAL_WRAPPERS.has(type) || SHAPE_WRAPPERS.has(type);
const MAX_DEPTH = 20;

/**
 * Visits every field of a config schema that carries catalog metadata, through objects,
 * arrays, unions and optional/default wrappers. Return `true` from `visit` to skip the
 * field's insides. Required fields, secret fields and generated forms all read a step's
 * schema this way, so they agree on what its fields are.
 */
export function walkConfigFields(schema: z.ZodType, visit: (field: FieldVisit) => boolean | void): void {
  walk(schema, [], undefined, visit, 0);
}

function walk(schema: z.ZodType, path: string[], list: FieldMeta | undefined, visit: (field: FieldVisit) => boolean | void, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const meta = fieldMeta(schema);
  if (meta && path.length > 0 && visit({ schema, meta, path, list }) === true) return;
  const def = schemaDef(schema);
  if (isWrapper(def.type) && def.innerType) return walk(def.innerType, path, list, visit, depth + 1);
  if (def.type === 'pipe' && def.in) return walk(def.in, path, list, visit, depth + 1);
  if (def.type === 'object' && def.shape) {
    for (const [key, child] of Object.entries(def.shape)) walk(child, [...path, key], list, visit, depth + 1);
  } else if (def.type === 'array' && def.element) {
    walk(def.element, [...path, '[]'], meta ?? list, visit, depth + 1);
  } else if (def.type === 'union' && def.options) {
    for (const option of def.options) walk(option, path, list, visit, depth + 1);
  }
}
