import type { z } from 'zod';
import { fieldMeta } from '../../catalog/define';
import type { FieldPattern } from '../../catalog/required-fields';

/** A config field marked `secret` in the catalog, and how the export report names it. */
export interface SecretField {
  pattern: FieldPattern;
  /** "secret header value": the field's label, qualified by the list it belongs to. */
  what: string;
}

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
const cache = new WeakMap<z.ZodType, SecretField[]>();

/**
 * Every field of a step's config schema whose metadata says `secret: true` (HTTP header
 * values, tokens), found once per schema by walking objects, arrays, unions and wrappers,
 * the same way the required-field walk does.
 */
export function secretFields(schema: z.ZodType): readonly SecretField[] {
  let found = cache.get(schema);
  if (!found) {
    found = [];
    collect(schema, [], undefined, found, 0);
    cache.set(schema, found);
  }
  return found;
}

function collect(schema: z.ZodType, path: string[], listLabel: string | undefined, out: SecretField[], depth: number): void {
  if (depth > 20) return;
  const meta = fieldMeta(schema);
  if (meta?.secret && path.length > 0) {
    const label = meta.label.en.toLowerCase();
    out.push({ pattern: path, what: `secret ${listLabel ? `${listLabel} ${label}` : label}` });
    return;
  }
  const def = defOf(schema);
  if (WRAPPERS.has(def.type) && def.innerType) return collect(def.innerType, path, listLabel, out, depth + 1);
  if (def.type === 'pipe' && def.in) return collect(def.in, path, listLabel, out, depth + 1);
  if (def.type === 'object' && def.shape) {
    for (const [key, child] of Object.entries(def.shape)) collect(child, [...path, key], listLabel, out, depth + 1);
  } else if (def.type === 'array' && def.element) {
    // "Headers" -> "header": an element of the list is named by the list's label in the singular.
    const list = meta?.label.en.toLowerCase().replace(/s$/, '');
    collect(def.element, [...path, '[]'], list ?? listLabel, out, depth + 1);
  } else if (def.type === 'union' && def.options) {
    for (const option of def.options) collect(option, path, listLabel, out, depth + 1);
  }
}
