import type { z } from 'zod';
import { fieldMeta } from './define';
import type { FieldPattern } from '../format/json-paths';
import { shapeOf, walkConfigFields } from './schema-walk';


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

/** The label of the top-level config field `key`, for messages. */
export function fieldLabel(schema: z.ZodType, key: string | number | undefined): string | undefined {
  if (typeof key !== 'string') return undefined;
  const child = shapeOf(schema)[key];
  return child ? fieldMeta(child)?.label.en : undefined;
}
