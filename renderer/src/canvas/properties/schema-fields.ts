import type { z } from 'zod';
import { fieldMeta } from '../../../../shared/catalog/define';
import { schemaDef, unwrapSchema } from '../../../../shared/catalog/schema-def';
import type { Labels } from '../../../../shared/catalog/labels';
import type { FieldMeta, Widget } from '../../../../shared/catalog/types';

/**
 * What a configuration form needs to know of one field, read from the step's zod schema and
 * the field metadata the catalog attached to it. Forms are generated from these, so no
 * form switches on step types.
 */
export type FieldSpec =
  | { kind: 'scalar'; key: string; meta: FieldMeta; widget: Widget; optional: boolean; valueType: 'string' | 'number' | 'boolean'; choices?: Choice[] }
  | { kind: 'ref'; key: string; meta: FieldMeta; refKind: string; optional: boolean }
  | { kind: 'refList'; key: string; meta: FieldMeta; refKind: string; optional: boolean }
  | { kind: 'stringList'; key: string; meta: FieldMeta; optional: boolean }
  | { kind: 'objectList'; key: string; meta: FieldMeta; item: z.ZodType; itemFields: FieldSpec[]; optional: boolean }
  | { kind: 'union'; key: string; meta: FieldMeta; discriminator: string; branches: UnionBranch[]; optional: boolean }
  | { kind: 'object'; key: string; meta: FieldMeta; fields: FieldSpec[]; optional: boolean };

/** One value of a select. */
export interface Choice {
  value: string;
  label: Labels;
}

/** One branch of a discriminated union: its discriminator value, label and own fields. */
export interface UnionBranch {
  value: string;
  label: Labels;
  schema: z.ZodType;
  fields: FieldSpec[];
}

/** Metadata on the field or on the schema it wraps; a field without any is labelled by its key. */
function metaOf(schema: z.ZodType, inner: z.ZodType, key: string): FieldMeta | undefined {
  return fieldMeta(schema) ?? fieldMeta(inner) ?? (key === 'id' ? undefined : { label: { en: key, 'pt-BR': key, es: key }, widget: 'text' });
}

function refKindOf(schema: z.ZodType): string | undefined {
  const def = schemaDef(schema);
  if (def.type !== 'object' || !def.shape?.$ref) return undefined;
  const kind = schemaDef(def.shape.$ref);
  return kind.type === 'literal' && typeof kind.values?.[0] === 'string' ? kind.values[0] : undefined;
}

function choicesOf(inner: z.ZodType, meta: FieldMeta): Choice[] | undefined {
  const def = schemaDef(inner);
  const values: string[] =
    def.type === 'enum' && def.entries ? Object.values(def.entries).map(String) : def.type === 'literal' ? (def.values ?? []).map(String) : [];
  if (values.length === 0) return undefined;
  return values.map((value) => ({ value, label: meta.options?.[value] ?? { en: value, 'pt-BR': value, es: value } }));
}

/** The fields of a config object schema, in declaration order. Fields without a label (ids) are left out. */
export function objectFields(schema: z.ZodType): FieldSpec[] {
  const def = schemaDef(unwrapSchema(schema).inner);
  if (def.type !== 'object' || !def.shape) return [];
  const out: FieldSpec[] = [];
  for (const [key, child] of Object.entries(def.shape)) {
    const spec = describeField(key, child);
    if (spec) out.push(spec);
  }
  return out;
}

/** Describes one field, or undefined when it is not something a person edits (ids without a label). */
export function describeField(key: string, schema: z.ZodType): FieldSpec | undefined {
  const { inner, optional } = unwrapSchema(schema);
  const meta = metaOf(schema, inner, key);
  if (!meta) return undefined;
  const def = schemaDef(inner);
  const refKind = refKindOf(inner);
  if (refKind) return { kind: 'ref', key, meta, refKind, optional };
  switch (def.type) {
    case 'array': {
      const element = unwrapSchema(def.element!).inner;
      const elementRef = refKindOf(element);
      if (elementRef) return { kind: 'refList', key, meta, refKind: elementRef, optional };
      if (schemaDef(element).type === 'object') return { kind: 'objectList', key, meta, item: element, itemFields: objectFields(element), optional };
      return { kind: 'stringList', key, meta, optional };
    }
    case 'union':
      if (def.discriminator && def.options?.every((option) => schemaDef(option).type === 'object')) {
        return { kind: 'union', key, meta, discriminator: def.discriminator, branches: unionBranches(def.discriminator, def.options, meta), optional };
      }
      // A union of plain values (an email or a role, '' or a URL) is edited as text.
      return { kind: 'scalar', key, meta, widget: meta.widget, optional, valueType: 'string' };
    case 'object':
      return { kind: 'object', key, meta, fields: objectFields(inner), optional };
    case 'number':
    case 'int':
      return { kind: 'scalar', key, meta, widget: meta.widget === 'duration' ? 'duration' : 'number', optional, valueType: 'number' };
    case 'boolean':
      return { kind: 'scalar', key, meta, widget: 'checkbox', optional, valueType: 'boolean' };
    case 'enum':
    case 'literal':
      return { kind: 'scalar', key, meta, widget: 'select', optional, valueType: 'string', choices: choicesOf(inner, meta) };
    default:
      return { kind: 'scalar', key, meta, widget: meta.widget, optional, valueType: 'string' };
  }
}

function unionBranches(discriminator: string, options: readonly z.ZodType[], meta: FieldMeta): UnionBranch[] {
  return options.map((option) => {
    const tag = schemaDef(schemaDef(option).shape![discriminator]!);
    const value = String(tag.values?.[0] ?? '');
    return {
      value,
      label: meta.options?.[value] ?? { en: value, 'pt-BR': value, es: value },
      schema: option,
      fields: objectFields(option).filter((spec) => spec.key !== discriminator),
    };
  });
}

/** The smallest value a number schema accepts, if it says. */
function minimumOf(schema: z.ZodType): number | undefined {
  for (const check of schemaDef(schema).checks ?? []) {
    const def = check._zod.def;
    if (def.check === 'greater_than' && typeof def.value === 'number') return def.value;
  }
  return undefined;
}

/**
 * A starting value a schema accepts or that at least has its shape: what a new list item
 * or a newly chosen union branch begins with.
 */
export function defaultValue(schema: z.ZodType): unknown {
  const def0 = schemaDef(schema);
  if (def0.type === 'default') return structuredClone(typeof def0.defaultValue === 'function' ? (def0.defaultValue as () => unknown)() : def0.defaultValue);
  const { inner, optional } = unwrapSchema(schema);
  if (optional) return undefined;
  const def = schemaDef(inner);
  const refKind = refKindOf(inner);
  if (refKind) return { $ref: refKind };
  switch (def.type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        const childValue = defaultValue(child);
        if (childValue !== undefined) value[key] = childValue;
      }
      return value;
    }
    case 'array':
      return [];
    case 'number':
    case 'int':
      return minimumOf(inner) ?? 0;
    case 'boolean':
      return false;
    case 'enum':
      return def.entries ? Object.values(def.entries)[0] : '';
    case 'literal':
      return def.values?.[0];
    case 'union':
      return def.options?.[0] ? defaultValue(def.options[0]) : '';
    default:
      return '';
  }
}

/** A new item for a list of objects: its defaults, with an `id` no other item has. */
export function newListItem(item: z.ZodType, existing: readonly unknown[], prefix = 'item'): Record<string, unknown> {
  const value = (defaultValue(item) ?? {}) as Record<string, unknown>;
  const shape = schemaDef(unwrapSchema(item).inner).shape ?? {};
  if ('id' in shape) {
    const taken = new Set(existing.map((entry) => (entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined)));
    let index = existing.length + 1;
    while (taken.has(`${prefix}${index}`)) index++;
    value.id = `${prefix}${index}`;
  }
  return value;
}

/** A union value switched to another branch: fields both branches have keep their values. */
export function switchBranch(branch: UnionBranch, discriminator: string, current: unknown): Record<string, unknown> {
  const fresh = (defaultValue(branch.schema) ?? {}) as Record<string, unknown>;
  const old = current && typeof current === 'object' ? (current as Record<string, unknown>) : {};
  for (const spec of branch.fields) if (old[spec.key] !== undefined) fresh[spec.key] = old[spec.key];
  fresh[discriminator] = branch.value;
  return fresh;
}

/** Whether a field, or any field inside it (an object, a list's items, a union's branches), references a tenant entity. */
export function holdsReference(spec: FieldSpec): boolean {
  switch (spec.kind) {
    case 'ref':
    case 'refList':
      return true;
    case 'object':
      return spec.fields.some(holdsReference);
    case 'objectList':
      return spec.itemFields.some(holdsReference);
    case 'union':
      return spec.branches.some((branch) => branch.fields.some(holdsReference));
    default:
      return false;
  }
}
