import type { z } from 'zod';

/**
 * The parts of a zod schema's definition that the catalog's readers use (the field walk, the
 * form generator). zod 4 keeps them on `_zod.def`; this is the one place that reaches in.
 */
export interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: readonly z.ZodType[];
  discriminator?: string;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  in?: z.ZodType;
  defaultValue?: unknown;
  checks?: { _zod: { def: { check: string; value?: number; minimum?: number; inclusive?: boolean } } }[];
}

export const schemaDef = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** Wrappers that let a value be absent. */
export const OPTIONAL_WRAPPERS: ReadonlySet<string> = new Set(['optional', 'nullable']);
/** Wrappers that change nothing about a field's shape. */
export const SHAPE_WRAPPERS: ReadonlySet<string> = new Set(['default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema inside optional/default/pipe wrappers, with whether it may be absent. */
export function unwrapSchema(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (let depth = 0; depth < 10; depth++) {
    const def = schemaDef(inner);
    if (OPTIONAL_WRAPPERS.has(def.type) && def.innerType) {
      optional = true;
      inner = def.innerType;
    } else if (SHAPE_WRAPPERS.has(def.type) && def.innerType) inner = def.innerType;
    else if (def.type === 'pipe' && def.in) inner = def.in;
    else break;
  }
  return { inner, optional };
}
