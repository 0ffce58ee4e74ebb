import { z } from 'zod';

/**
 * Kinds of tenant entity a flow may reference. A reference is always an explicit
 * `{"$ref": kind, ...}` object so one generic walk finds it anywhere (see {@link walkRefs}).
 */
export const REF_KINDS = [
  'user',
  'contact',
  'team',
  'channel',
  'tag',
  'customField',
  'segment',
  'form',
  'product',
  'queue',
  'mediaPrompt',
  'dispositionList',
  'reasonList',
  'schedule',
  'flow',
  'attachment',
] as const;
export const refKindSchema = z.enum(REF_KINDS);
export type RefKind = z.infer<typeof refKindSchema>;

/**
 * A reference to a tenant entity. `id` is the tenant's own identifier, `uuid` the
 * cross-tenant identifier (contact-center platforms), `name` a human label that also
 * serves for matching by name (tags). A reference with none of the three is a
 * placeholder still to be chosen.
 */
export const entityRefSchema = z
  .object({
    $ref: refKindSchema,
    id: z.string().min(1).max(200).optional(),
    uuid: z.uuid().optional(),
    name: z.string().min(1).max(500).optional(),
  })
  .strict();
export type EntityRef = z.infer<typeof entityRefSchema>;

/** A reference of one kind, for use inside step config schemas. */
export function refOf<K extends RefKind>(kind: K) {
  return entityRefSchema.extend({ $ref: z.literal(kind) });
}

export function isPlaceholder(ref: EntityRef): boolean {
  return ref.id === undefined && ref.uuid === undefined && ref.name === undefined;
}

/** True when two references denote the same entity: same kind and same id, uuid or name. */
export function sameEntity(a: EntityRef, b: EntityRef): boolean {
  if (a.$ref !== b.$ref) return false;
  if (a.id !== undefined && a.id === b.id) return true;
  if (a.uuid !== undefined && a.uuid === b.uuid) return true;
  return a.name !== undefined && a.name === b.name;
}

export type JsonPath = (string | number)[];

/** Something shaped like a reference: an object whose `$ref` is a string. */
export interface RefLike {
  $ref: string;
  [key: string]: unknown;
}

interface Frame {
  value: unknown;
  key: string | number | undefined;
  parent: Frame | undefined;
}

function pathOf(frame: Frame, base: JsonPath): JsonPath {
  const keys: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) keys.push(f.key);
  return [...base, ...keys.reverse()];
}

/**
 * Visits every `{"$ref": ...}` object inside any JSON value, known fields and unknown
 * extension data alike, so sanitisation and import mapping never depend on knowing every
 * field. Iterative, so deeply nested input cannot overflow the stack; paths are built only
 * for the references found.
 */
export function walkRefs(value: unknown, visit: (ref: RefLike, path: JsonPath) => void, base: JsonPath = []): void {
  const stack: Frame[] = [{ value, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const current = frame.value;
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        const item: unknown = current[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, key: i, parent: frame });
      }
      continue;
    }
    const record = current as Record<string, unknown>;
    if (typeof record.$ref === 'string') visit(record as RefLike, pathOf(frame, base));
    const keys = Object.keys(record);
    for (let i = keys.length - 1; i >= 0; i--) {
      const item = record[keys[i]!];
      if (item !== null && typeof item === 'object') stack.push({ value: item, key: keys[i], parent: frame });
    }
  }
}
