import type { z } from 'zod';
import { walkConfigFields } from '../../catalog/schema-walk';
import type { FieldPattern } from '../../format/json-paths';

/** A config field marked `secret` in the catalog, and how the export report names it. */
export interface SecretField {
  pattern: FieldPattern;
  /** "secret header value": the field's label, qualified by the list it belongs to. */
  what: string;
}

const cache = new WeakMap<z.ZodType, SecretField[]>();

/**
 * Every field of a step's config schema whose metadata says `secret: true` (HTTP header
 * values, tokens), found once per schema with the catalog's field walk.
 */
export function secretFields(schema: z.ZodType): readonly SecretField[] {
  let found = cache.get(schema);
  if (!found) {
    const fields: SecretField[] = [];
    walkConfigFields(schema, ({ meta, path, list }) => {
      if (!meta.secret) return;
      // "Headers" -> "header": an element of a list is named by the list's label in the singular.
      const label = meta.label.en.toLowerCase();
      const listLabel = list?.label.en.toLowerCase().replace(/s$/, '');
      fields.push({ pattern: path, what: `secret ${listLabel ? `${listLabel} ${label}` : label}` });
      return true;
    });
    found = fields;
    cache.set(schema, found);
  }
  return found;
}
