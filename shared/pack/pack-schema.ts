import { z } from 'zod';
import { entityDeclarationsSchema, flowSchema } from '../format/flow-schema';
import { profileSchema } from '../format/profiles';
import { flowTestFileSchema } from '../runtime/flow-test-schema';

/** The `format` marker of a template pack file (`*.flowpack`). */
export const PACK_FORMAT = 'flowpack.pack';
export const PACK_VERSION = 1;

/**
 * What export did to a value: removed it (a user link, a secret, an attachment), kept only
 * its name (a tag), switched a step off (an email automation arrives inactive), or left it
 * because the author chose to keep it (a support address in a message: `kept`).
 */
export const SANITISATION_ACTIONS = ['removed', 'keptByName', 'deactivated', 'kept'] as const;
export const sanitisationActionSchema = z.enum(SANITISATION_ACTIONS);
export type SanitisationAction = z.infer<typeof sanitisationActionSchema>;

/**
 * One value export removed or changed. It says where (flow, node, JSON path from the flow's
 * root) and what sort of thing it was ("user reference", "secret header value"), never the
 * value itself: the summary travels inside the pack it describes.
 */
export const sanitisationItemSchema = z
  .object({
    flowId: z.string().min(1).max(200),
    flowName: z.string().min(1).max(200),
    nodeId: z.string().min(1).max(100).optional(),
    nodeName: z.string().max(200).optional(),
    path: z.array(z.union([z.string(), z.number().int().min(0)])),
    what: z.string().min(1).max(200),
    action: sanitisationActionSchema,
  })
  .strict();
export type SanitisationItem = z.infer<typeof sanitisationItemSchema>;

/** The pack manifest. The signature over the pack is specified with signing. */
export const packManifestSchema = z
  .object({
    name: z.string().min(1).max(200),
    description: z.string().max(10_000).default(''),
    author: z.string().max(200).default(''),
    profile: profileSchema,
    createdAt: z.iso.datetime({ offset: true }),
    /** The tool and version that wrote the pack, e.g. `flowpack-studio/0.1.0`. */
    generator: z.string().max(200),
    /** What export removed or changed, one item per value (the export report's items). */
    sanitisation: z.array(sanitisationItemSchema).default([]),
    /**
     * Personal data the author kept on purpose, one item per value (action `kept`), so a
     * recipient sees it was deliberate. Written only when something was kept: a pack that
     * keeps nothing reads (and is signed) as packs did before the field existed.
     */
    kept: z.array(sanitisationItemSchema).optional(),
  })
  .strict();

export const packSignatureSchema = z
  .object({
    algorithm: z.literal('ed25519'),
    /** The signer's public key, base64. */
    publicKey: z.string().min(1),
    /** The signature over the canonical form of the pack without this field, base64. */
    value: z.string().min(1),
  })
  .strict();

/**
 * A template pack, version 1: portable flows plus the entity declarations they need.
 * Flows are checked one by one by the flow loader (each may carry its own version), so
 * here they are plain objects.
 */
export const packSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    manifest: packManifestSchema,
    flows: z.array(z.record(z.string(), z.unknown())),
    entities: entityDeclarationsSchema.default({ tags: [], customFields: [], segments: [] }),
    /**
     * The flows' test files, one per flow that has tests. Written only when a flow has some: a
     * pack without tests reads (and is signed) as packs did before the field existed.
     */
    tests: z.array(flowTestFileSchema).max(1000).optional(),
    signature: packSignatureSchema.optional(),
  })
  .strict();
export type Pack = z.infer<typeof packSchema>;

/** The pack's flows as the flow schema reads them, for JSON Schema and documentation. */
export const packDocumentSchema = packSchema.extend({ flows: z.array(flowSchema) });
