import { z } from 'zod';
import { flowKindSchema, profileSchema } from './profiles';

/** The `format` marker of a flow document file (`*.flow.json`). */
export const FLOW_FORMAT = 'flowpack.flow';
/** The newest flow document version this build reads and writes. */
export const FLOW_VERSION = 1;

/** Node and edge ids: short, stable, safe in file names, URLs and JSON paths. */
export const elementIdSchema = z
  .string()
  // One pattern carries the length limit too: each extra zod check costs on every id of a large flow.
  .regex(/^[A-Za-z0-9_.:-]{1,100}$/, { error: 'use 1 to 100 letters, digits or _ . : -' });

/**
 * A JSON object of any shape, kept as it is. (A loose object rather than a record: zod
 * checks it without visiting every key, which matters on documents of thousands of nodes.)
 */
export const anyObjectSchema = z.looseObject({});

/** Free-form data no schema knows; preserved across load and save, never dropped. */
export const extensionsSchema = anyObjectSchema;

export const positionSchema = z.object({ x: z.number(), y: z.number() }).strict();

/**
 * One step or trigger on the canvas. `type` names a catalog entry of the flow's profile;
 * `config` is checked against that entry's schema by the validator, not here, so a
 * structurally sound file with an unknown type still loads and reports a diagnostic.
 */
export const flowNodeSchema = z
  .object({
    id: elementIdSchema,
    type: z.string().min(1).max(100),
    name: z.string().max(200),
    position: positionSchema,
    config: anyObjectSchema,
    extensions: extensionsSchema.optional(),
  })
  .strict();
export type FlowNode = z.infer<typeof flowNodeSchema>;

/** A connection from one output port of a node to another node. */
export const flowEdgeSchema = z
  .object({
    id: elementIdSchema,
    source: elementIdSchema,
    sourcePort: z.string().min(1).max(100),
    target: elementIdSchema,
    extensions: extensionsSchema.optional(),
  })
  .strict();
export type FlowEdge = z.infer<typeof flowEdgeSchema>;

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'currency', 'date', 'boolean', 'select', 'email', 'phone'] as const;
export const METRIC_TYPES = ['number', 'currency', 'percent', 'duration'] as const;

/** Tenant entities the flow needs to exist (or be created) in a destination tenant. */
export const entityDeclarationsSchema = z
  .object({
    tags: z.array(z.object({ name: z.string().min(1).max(200) }).strict()).default([]),
    customFields: z
      .array(
        z
          .object({
            key: z.string().min(1).max(200),
            name: z.string().min(1).max(200),
            type: z.enum(CUSTOM_FIELD_TYPES),
            options: z.array(z.string().min(1).max(200)).optional(),
          })
          .strict(),
      )
      .default([]),
    segments: z.array(z.object({ id: z.string().min(1).max(200).optional(), name: z.string().min(1).max(200) }).strict()).default([]),
    /** Pipeline flows: the flow metric, recreated as a custom field linked to the flow on import. */
    metric: z
      .object({
        name: z.string().min(1).max(200),
        type: z.enum(METRIC_TYPES),
        unit: z.string().max(50).default(''),
      })
      .strict()
      .optional(),
  })
  .strict();
export type EntityDeclarations = z.infer<typeof entityDeclarationsSchema>;

/** Document metadata. Unknown keys are kept: other tools may record their own. */
export const flowMetaSchema = z
  .object({
    createdAt: z.iso.datetime({ offset: true }).optional(),
    updatedAt: z.iso.datetime({ offset: true }).optional(),
    author: z.string().max(200).optional(),
    /** The tool and version that last wrote the file, e.g. `flowpack-studio/0.1.0`. */
    generator: z.string().max(200).optional(),
  })
  .catchall(z.unknown());

/**
 * The flow document, version 1: one `*.flow.json` file. View state (selection, viewport,
 * measured sizes) is never part of it.
 */
export const flowSchema = z
  .object({
    format: z.literal(FLOW_FORMAT),
    version: z.literal(FLOW_VERSION),
    id: z.uuid(),
    name: z.string().min(1).max(200),
    description: z.string().max(10_000).default(''),
    profile: profileSchema,
    kind: flowKindSchema,
    entities: entityDeclarationsSchema.default({ tags: [], customFields: [], segments: [] }),
    nodes: z.array(flowNodeSchema),
    edges: z.array(flowEdgeSchema),
    meta: flowMetaSchema.default({}),
    extensions: extensionsSchema.default({}),
  })
  .strict();
export type Flow = z.infer<typeof flowSchema>;
/** A flow as written in a file, before defaults are filled in. */
export type FlowInput = z.input<typeof flowSchema>;

/** The top-level fields other than nodes and edges, checked on their own by the incremental validator. */
export const flowEnvelopeSchema = flowSchema.omit({ nodes: true, edges: true });
