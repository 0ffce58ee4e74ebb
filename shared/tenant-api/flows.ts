import { z } from 'zod';
import { flowSchema } from '../format/flow-schema';
import { DEFAULT_MAX_DEPTH } from '../json/parse-json';
import { flowKindSchema } from '../format/profiles';
import { offeredActionSchema } from './lifecycle';
import { actorPersonSchema } from './people';
import { actorLabelSchema } from './token-label';
import { FLOW_STATUSES } from '../format/flow-statuses';

export { FLOW_STATUSES };
/** Where a flow is in its profile's lifecycle (flow-statuses.ts). */
export const flowStatusSchema = z.enum(FLOW_STATUSES);
export type FlowStatus = z.infer<typeof flowStatusSchema>;

/** A flow folder: `''` for the top level, else names joined by `/` (`Sales/IVR`). */
export const folderSchema = z
  .string()
  .max(500)
  .regex(/^$|^[^/\s][^/]*(\/[^/\s][^/]*)*$/, { error: 'use folder names joined by / (or empty for the top level)' });

const timestamp = z.iso.datetime({ offset: true });

/** One flow as lists show it. `revision` counts saves from 1 and is the flow's ETag. */
export const flowSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    kind: flowKindSchema,
    status: flowStatusSchema,
    folder: folderSchema,
    revision: z.number().int().min(1),
    createdAt: timestamp,
    /** The token that created it; null when made on the server's command line. */
    createdBy: z.string().nullable(),
    /** That token's label (shared/tenant-api/token-label.ts): who it is, for people to read. */
    createdByLabel: actorLabelSchema,
    updatedAt: timestamp,
    updatedBy: z.string().nullable(),
    updatedByLabel: actorLabelSchema,
    publishedAt: timestamp.nullable(),
    publishedBy: z.string().nullable(),
    publishedByLabel: actorLabelSchema,
    /**
     * The person each of those tokens belongs to (name and e-mail); null for a machine token,
     * whose label names it. Absent from tenants older than people.
     */
    createdByUser: actorPersonSchema.optional(),
    updatedByUser: actorPersonSchema.optional(),
    publishedByUser: actorPersonSchema.optional(),
    /** The lifecycle actions the flow allows in its current status (shared/tenant-api/lifecycle.ts). */
    actions: z.array(offeredActionSchema),
  });
export type FlowSummary = z.infer<typeof flowSummarySchema>;

export const flowListQuerySchema = z
  .object({
    status: flowStatusSchema.optional(),
    folder: folderSchema.optional(),
    /** Matches name or description, case-insensitive. */
    text: z.string().max(200).optional(),
  })
  .strict();
export type FlowListQuery = z.infer<typeof flowListQuerySchema>;
export const flowListSchema = z.object({ flows: z.array(flowSummarySchema) });

/** A flow with its document (docs/FORMAT.md) as the server stores it. */
export const flowDetailSchema = flowSummarySchema.extend({ document: flowSchema });
export type FlowDetail = z.infer<typeof flowDetailSchema>;

/**
 * The deepest flow document (levels of arrays and objects, as parseJson counts them) a tenant
 * stores: its clients read every answer with parseJson's default limit, and a flow answer
 * carries the document one level down, so a deeper one could be saved but never pulled.
 */
export const MAX_FLOW_DOCUMENT_DEPTH = DEFAULT_MAX_DEPTH - 1;

/**
 * The document travels as any JSON object: the server loads it like a file (migrate, then
 * the shared validator) and refuses it with 422 and diagnostics, so a client sees the same
 * findings as the editor rather than a schema error.
 */
const documentInput = z.looseObject({}).meta({ description: 'A flow document (docs/FORMAT.md).' });

export const createFlowBodySchema = z.object({ document: documentInput, folder: folderSchema.default('') }).strict();
export type CreateFlowBody = z.infer<typeof createFlowBodySchema>;
/** PUT replaces the document; `folder` left out keeps the flow where it is. */
export const updateFlowBodySchema = z.object({ document: documentInput, folder: folderSchema.optional() }).strict();
export type UpdateFlowBody = z.infer<typeof updateFlowBodySchema>;

export const flowIdParamsSchema = z.object({ id: z.uuid() }).strict();

export const flowRevisionSchema = z
  .object({ revision: z.number().int().min(1), name: z.string(), createdAt: timestamp, createdBy: z.string().nullable(), createdByLabel: actorLabelSchema, createdByUser: actorPersonSchema.optional() });
export const flowRevisionListSchema = z.object({ revisions: z.array(flowRevisionSchema) });
/** One saved revision with its document: the version a client last synchronised, to compare three ways. */
export const flowRevisionDetailSchema = flowRevisionSchema.extend({ document: flowSchema });
export const flowRevisionParamsSchema = z.object({ id: z.uuid(), revision: z.coerce.number().int().min(1) }).strict();

/** DELETE answers with what was removed, so a client can record it. */
export const deletedFlowSchema = z.object({ id: z.uuid(), revision: z.number().int().min(1) });
