import type { z } from 'zod';
import { fieldMeta } from './define';

/** A path into a config; `'[]'` stands for every element of an array. */
export type FieldPattern = readonly string[];

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: readonly z.ZodType[];
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

const cache = new WeakMap<z.ZodType, FieldPattern[]>();

/**
 * The paths of every field marked `required` in a config schema, found once per schema by
 * walking its structure (objects, arrays, unions, optional and default wrappers).
 */
export function requiredFieldPatterns(schema: z.ZodType): readonly FieldPattern[] {
  let patterns = cache.get(schema);
  if (!patterns) {
    patterns = [];
    collect(schema, [], patterns, 0);
    cache.set(schema, patterns);
  }
  return patterns;
}

function collect(schema: z.ZodType, path: string[], out: FieldPattern[], depth: number): void {
  if (depth > 20) return;
  if (fieldMeta(schema)?.required && path.length > 0) out.push(path);
  const def = defOf(schema);
  if (WRAPPERS.has(def.type) && def.innerType) return collect(def.innerType, path, out, depth + 1);
  if (def.type === 'pipe' && def.in) return collect(def.in, path, out, depth + 1);
  if (def.type === 'object' && def.shape) {
    for (const [key, child] of Object.entries(def.shape)) collect(child, [...path, key], out, depth + 1);
  } else if (def.type === 'array' && def.element) {
    collect(def.element, [...path, '[]'], out, depth + 1);
  } else if (def.type === 'union' && def.options) {
    for (const option of def.options) collect(option, path, out, depth + 1);
  }
}

/** The label of the top-level config field `key`, for messages. */
export function fieldLabel(schema: z.ZodType, key: string | number | undefined): string | undefined {
  if (typeof key !== 'string') return undefined;
  const def = defOf(schema);
  const child = def.shape?.[key];
  return child ? fieldMeta(child)?.label.en : undefined;
}
