import { z } from 'zod';
import { entityDeclarationsSchema, flowSchema } from '../format/flow-schema';
import { profileSchema } from '../format/profiles';

/** The `format` marker of a template pack file (`*.flowpack`). */
export const PACK_FORMAT = 'flowpack.pack';
export const PACK_VERSION = 1;

/**
 * The pack manifest. The sanitisation summary and signature are specified with pack
 * export; version 1 already reserves their place so signed packs stay readable.
 */
export const packManifestSchema = z
  .object({
    name: z.string().min(1).max(200),
    description: z.string().max(10_000).default(''),
    author: z.string().max(200).default(''),
    profile: profileSchema,
    createdAt: z.iso.datetime({ offset: true }),
    /** The tool and version that wrote the pack, e.g. `flowpack-studio/0.1.0`. */
    generator: z.string().max(200),
    /** What export removed or changed, one line per change. */
    sanitisation: z.array(z.record(z.string(), z.unknown())).default([]),
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
    signature: packSignatureSchema.optional(),
  })
  .strict();
export type Pack = z.infer<typeof packSchema>;

/** The pack's flows as the flow schema reads them, for JSON Schema and documentation. */
export const packDocumentSchema = packSchema.extend({ flows: z.array(flowSchema) });
