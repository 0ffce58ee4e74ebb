import { z } from 'zod';
import { REF_KINDS } from '../format/entity-ref';
import type { RefKind } from '../format/entity-ref';
import { CUSTOM_FIELD_TYPES } from '../format/flow-schema';
import { flowKindSchema, profileSchema } from '../format/profiles';

/** The `format` marker of a tenant catalog snapshot file. */
export const CATALOG_FORMAT = 'flowpack.catalog';
export const CATALOG_VERSION = 1;

/** One entity of the tenant as its catalog lists it: never a secret, only what matching needs. */
export const catalogEntitySchema = z
  .object({
    /** The tenant's own identifier. */
    id: z.string().min(1).max(200),
    /** The cross-tenant identifier (contact-center platforms). */
    uuid: z.uuid().optional(),
    name: z.string().min(1).max(500),
  })
  .strict();
export type CatalogEntity = z.infer<typeof catalogEntitySchema> & { type?: (typeof CUSTOM_FIELD_TYPES)[number]; forFlow?: string };

/**
 * Custom fields also say what they hold, so a created field and a reused one can be compared,
 * and which flow a field is linked to (a pipeline flow's metric field), so a plan can reuse a
 * flow's own field. Optional: a tenant that links none, or predates the link, leaves it out.
 */
export const catalogCustomFieldSchema = catalogEntitySchema.extend({
  type: z.enum(CUSTOM_FIELD_TYPES),
  /** The tenant id of the flow this field belongs to: that flow's metric field. */
  forFlow: z.string().min(1).max(200).optional(),
});

type OtherKind = Exclude<RefKind, 'customField'>;
const entityListSchema = z.array(catalogEntitySchema).default([]);
const otherKindsShape = Object.fromEntries(
  REF_KINDS.filter((kind) => kind !== 'customField').map((kind) => [kind, entityListSchema]),
) as Record<OtherKind, typeof entityListSchema>;

/**
 * The tenant's entities by kind. Strict: a kind this build does not know is refused
 * rather than ignored, so a snapshot from a newer tenant never plans with half its data.
 */
export const catalogEntitiesSchema = z
  .object({ ...otherKindsShape, customField: z.array(catalogCustomFieldSchema).default([]) })
  .strict();

/** A flow that already exists in the tenant. `status` is the platform's own word (draft, published, active...). */
export const catalogFlowSchema = z
  .object({
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(200),
    kind: flowKindSchema,
    status: z.string().min(1).max(50).optional(),
  })
  .strict();
export type CatalogFlow = z.infer<typeof catalogFlowSchema>;

/** Limits of this tenant; each one left out falls back to the profile's documented limit. */
export const tenantLimitsSchema = z
  .object({
    maxFlows: z.number().int().min(0).optional(),
    maxSteps: z.number().int().min(0).optional(),
    maxBytes: z.number().int().min(0).optional(),
  })
  .strict();
export type TenantLimits = z.infer<typeof tenantLimitsSchema>;

/**
 * A tenant catalog snapshot, version 1: what import planning needs to know of a destination
 * tenant (its profile and limits, its entities by kind, its existing flows). Cached to a
 * file, it lets {@link planImport} run offline; the server builds the same object live.
 */
export const catalogSnapshotSchema = z
  .object({
    format: z.literal(CATALOG_FORMAT),
    version: z.literal(CATALOG_VERSION),
    tenant: z
      .object({
        id: z.string().min(1).max(200),
        name: z.string().min(1).max(200),
        profile: profileSchema,
        limits: tenantLimitsSchema.default({}),
      })
      .strict(),
    entities: catalogEntitiesSchema.default(catalogEntitiesSchema.parse({})),
    flows: z.array(catalogFlowSchema).default([]),
  })
  .strict();
export type CatalogSnapshot = z.infer<typeof catalogSnapshotSchema>;
/** A snapshot as written in a file, before defaults are filled in. */
export type CatalogSnapshotInput = z.input<typeof catalogSnapshotSchema>;
