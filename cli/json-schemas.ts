import { z } from 'zod';
import { CATALOG_VERSION, catalogSnapshotSchema } from '../shared/import/catalog-snapshot';
import { importDecisionsSchema } from '../shared/import/import-decisions';
import { PACK_VERSION, packDocumentSchema } from '../shared/pack/pack-schema';
import { canonicalStringify } from '../shared/format/canonical-json';
import type { KeyOrder } from '../shared/format/canonical-json';
import { diagnosticSchema } from '../shared/format/diagnostic';
import { FLOW_VERSION, flowSchema } from '../shared/format/flow-schema';
import { WORKSPACE_VERSION, workspaceSchema } from '../shared/format/workspace-schema';
import { FLOW_TEST_VERSION, flowTestFileSchema } from '../shared/runtime/flow-test-schema';

/** One JSON Schema file generated from a zod schema and shipped in `schema/`. */
export interface JsonSchemaFile {
  /** File name inside `schema/`, e.g. `flow.schema.json`. */
  file: string;
  /** `$id` of the generated schema: a URN, so no host name is implied. */
  id: string;
  title: string;
  description: string;
  /** The source of truth; the file is derived from it and never edited by hand. */
  source: string;
  schema: z.ZodType;
}

/** Every JSON Schema the project ships, in the order `flowpack schema` writes them. */
export const JSON_SCHEMA_FILES: readonly JsonSchemaFile[] = [
  {
    file: 'flow.schema.json',
    id: `urn:flowpack:schema:flow:${FLOW_VERSION}`,
    title: 'Flowpack flow document',
    description:
      'One *.flow.json file: a flow of one profile with its nodes, edges, entity declarations, meta and extensions. ' +
      'Structure only: step configs are checked against the step catalog by the validator. See docs/FORMAT.md.',
    source: 'shared/format/flow-schema.ts',
    schema: flowSchema,
  },
  {
    file: 'workspace.schema.json',
    id: `urn:flowpack:schema:workspace:${WORKSPACE_VERSION}`,
    title: 'Flowpack workspace settings',
    description: 'The flowpack.workspace.json file at the root of a workspace folder. See docs/FORMAT.md.',
    source: 'shared/format/workspace-schema.ts',
    schema: workspaceSchema,
  },
  {
    file: 'diagnostic.schema.json',
    id: 'urn:flowpack:schema:diagnostic:1',
    title: 'Flowpack diagnostic',
    description: 'One finding of the validator, as the CLI and the tenant API report it. See docs/FORMAT.md.',
    source: 'shared/format/diagnostic.ts',
    schema: diagnosticSchema,
  },
  {
    file: 'pack.schema.json',
    id: `urn:flowpack:schema:pack:${PACK_VERSION}`,
    title: 'Flowpack template pack',
    description:
      'One *.flowpack file: a manifest, the flows (each a flow document), the entity declarations they need and an ' +
      'optional Ed25519 signature. See docs/FORMAT.md.',
    source: 'shared/pack/pack-schema.ts',
    // The document view: each flow is described by the flow schema. The loader itself reads flows
    // one by one (packSchema) so each can be migrated; a pack written by this build has current flows.
    schema: packDocumentSchema,
  },
  {
    file: 'catalog.schema.json',
    id: `urn:flowpack:schema:catalog:${CATALOG_VERSION}`,
    title: 'Flowpack tenant catalog snapshot',
    description:
      "A tenant's profile and limits, its entities by kind (ids, UUIDs, names) and its existing flows, as import " +
      'planning reads them offline (`flowpack plan --catalog`). See docs/FORMAT.md.',
    source: 'shared/import/catalog-snapshot.ts',
    schema: catalogSnapshotSchema,
  },
  {
    file: 'decisions.schema.json',
    id: 'urn:flowpack:schema:decisions:1',
    title: 'Flowpack import decisions',
    description:
      "An admin's choices for one import: an action per pack flow and references mapped by hand to existing " +
      'entities (`flowpack plan --decisions`). See docs/FORMAT.md.',
    source: 'shared/import/import-decisions.ts',
    schema: importDecisionsSchema,
  },
  {
    file: 'flowtest.schema.json',
    id: `urn:flowpack:schema:flowtest:${FLOW_TEST_VERSION}`,
    title: 'Flowpack flow test file',
    description:
      "One *.flowtest.json file beside a flow: the flow's tests, each the run's start, the inputs given to it in order " +
      'and the path, effects and outcome expected (`flowpack test`). See docs/FORMAT.md.',
    source: 'shared/runtime/flow-test-schema.ts',
    schema: flowTestFileSchema,
  },
];

/** A rendered schema file: its name in `schema/` and its exact canonical text. */
export interface RenderedJsonSchema {
  file: string;
  text: string;
}

/**
 * Renders every schema of {@link JSON_SCHEMA_FILES} as JSON Schema draft 2020-12 text.
 *
 * @remarks
 * The schemas describe files as written (zod's input side), so fields that have a default
 * are optional. The output is canonical JSON, so regenerating unchanged schemas gives the
 * same bytes and `schema/` diffs cleanly; the `schema/` staleness test compares against it.
 */
export function renderJsonSchemas(): RenderedJsonSchema[] {
  return JSON_SCHEMA_FILES.map((entry) => {
    const document = toJsonSchemaDocument(entry);
    return { file: entry.file, text: canonicalStringify(document, (path) => schemaKeyOrder(document, path)) };
  });
}

type JsonObject = Record<string, unknown>;

/** The JSON Schema object of one entry, post-processed so Ajv compiles it in strict mode. */
function toJsonSchemaDocument(entry: JsonSchemaFile): JsonObject {
  const generated = z.toJSONSchema(entry.schema, { target: 'draft-2020-12', io: 'input' }) as JsonObject;
  const { $schema, ...body } = generated;
  return {
    $schema,
    $id: entry.id,
    $comment: `Generated from ${entry.source} by \`npm run schema\`; do not edit by hand.`,
    title: entry.title,
    description: entry.description,
    ...(splitTypeUnions(body) as JsonObject),
  };
}

/**
 * zod folds `anyOf: [{type: a}, {type: b}]` into `type: [a, b]`. The two are equivalent,
 * but Ajv's strict mode (strictTypes) refuses union types, and a third party validating
 * with a strict validator should not need to relax it; so the fold is undone here.
 */
function splitTypeUnions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(splitTypeUnions);
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    // Values of `const`, `default`, `enum` and `examples` are data, not schemas.
    out[key] = DATA_KEYWORDS.has(key) ? child : splitTypeUnions(child);
  }
  const { type, ...rest } = out;
  if (!Array.isArray(type)) return out;
  if ('anyOf' in rest) throw new Error('json-schemas: cannot split a type union that already has anyOf');
  return { ...rest, anyOf: type.map((member) => ({ type: member })) };
}

const DATA_KEYWORDS = new Set(['const', 'default', 'enum', 'examples']);

/** Keywords in the order a reader wants them: identity, then type, then constraints, then children. */
const SCHEMA_KEYWORD_ORDER: KeyOrder = [
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'default',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'anyOf',
  'oneOf',
  'allOf',
  '$defs',
];

/** Keywords whose value maps names to schemas; their keys keep the zod declaration order. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);
/** Keywords whose value is an array of schemas. */
const SCHEMA_LIST_KEYWORDS = new Set(['anyOf', 'oneOf', 'allOf', 'prefixItems']);

/**
 * Canonical key order inside a JSON Schema document: schema objects list keywords in
 * {@link SCHEMA_KEYWORD_ORDER}; `properties` (and other name-to-schema maps) keep the order
 * the zod schema declares its fields, which is also the order canonical files use.
 */
function schemaKeyOrder(root: JsonObject, path: readonly (string | number)[]): KeyOrder | undefined {
  let node: unknown = root;
  let role: 'schema' | 'map' | 'list' | 'data' = 'schema';
  for (const segment of path) {
    if (role === 'data') return undefined;
    if (role === 'schema') {
      role = SCHEMA_MAP_KEYWORDS.has(String(segment))
        ? 'map'
        : SCHEMA_LIST_KEYWORDS.has(String(segment))
          ? 'list'
          : DATA_KEYWORDS.has(String(segment)) || segment === 'required'
            ? 'data'
            : 'schema';
    } else {
      role = 'schema';
    }
    node = (node as Record<string | number, unknown>)[segment];
  }
  if (role === 'schema') return SCHEMA_KEYWORD_ORDER;
  if (role === 'map' && node !== null && typeof node === 'object') return Object.keys(node);
  return undefined;
}
