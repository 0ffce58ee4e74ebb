import { z } from 'zod';
import { reportedDiagnosticSchema } from '../format/diagnostic';
import { REF_KINDS } from '../format/entity-ref';
import { flowKindSchema, profileSchema } from '../format/profiles';
import { FLOW_ACTIONS, importDecisionsSchema, referenceBindingKeySchema } from '../import/import-decisions';
import { REF_OUTCOMES } from '../import/import-plan';
import { claimsTrustedAuthorSchema } from '../pack/signature/claimed-author';
import { CONTENT_HASH_PATTERN } from '../format/content-hash';
import { flowStatusSchema, folderSchema } from './flows';
import { buildImportProgressSchema } from './import-progress';
import { actorPersonSchema } from './people';

/** What `POST /v1/imports` does: plan only, or plan and apply in one transaction. */
export const IMPORT_MODES = ['dry-run', 'apply'] as const;
export const importModeSchema = z.enum(IMPORT_MODES);
export type ImportMode = z.infer<typeof importModeSchema>;

/**
 * Why the pack is sent. `share` (the default): a template pack, sanitised by export for
 * another organisation; the arrival rules apply (a pipeline e-mail automation arrives inactive
 * and without a sender) and references the destination lacks are dropped or left to choose.
 * `deploy`: workspace flows pushed as they are by the organisation that owns them; nothing is
 * dropped, the arrival rules do not apply, and an update keeps the values the tenant holds
 * where the flow leaves them empty (reference outcome `kept`).
 */
export const IMPORT_PURPOSES = ['share', 'deploy'] as const;
export type ImportPurpose = (typeof IMPORT_PURPOSES)[number];

/**
 * POST /v1/imports. The pack travels as any JSON object: the server checks its signature on
 * the JSON as sent, loads it with the shared pack loader and plans it against its own
 * catalog, so a client plan is never trusted.
 */
export const createImportBodySchema = z
  .object({
    mode: importModeSchema,
    pack: z.looseObject({}).meta({ description: 'A template pack (docs/FORMAT.md), as its file holds it.' }),
    purpose: z.enum(IMPORT_PURPOSES).default('share').meta({ description: 'share: a template pack from export; deploy: workspace flows pushed as they are.' }),
    decisions: importDecisionsSchema.optional(),
    /** Import a pack whose signature does not match its content; recorded in the audit entry. */
    allowTampered: z.boolean().default(false),
    /** The tenant folder new flows go to (updates stay where they are). */
    folder: folderSchema.default(''),
    /**
     * An `If-Match` per flow: the revision each tenant flow (by its id) was at when the client
     * last read it. A flow the import would write over that is at another revision, or is gone,
     * refuses the whole import with 412; flows the import does not write are not checked.
     */
    expectedRevisions: z
      .record(z.uuid(), z.number().int().min(1))
      .optional()
      .meta({ description: 'Per tenant flow id, the revision the client last read; a flow the import would replace at another revision, or deleted since, refuses the import with 412.' }),
  })
  .strict();
export type CreateImportBody = z.input<typeof createImportBodySchema>;

export const importIdParamsSchema = z.object({ id: z.uuid() }).strict();

const jsonPath = z.array(z.union([z.string(), z.number()]));

const refTargetSchema = z
  .object({ id: z.string().optional(), uuid: z.string().optional(), name: z.string(), type: z.string().optional(), inPack: z.boolean().optional() });

/**
 * A reference's outcome: one of REF_OUTCOMES, or one a newer tenant added, which a client
 * shows by its word rather than refusing the whole report (as diagnostic codes are read).
 */
const refOutcomeSchema = z.union([z.enum(REF_OUTCOMES), z.string().regex(/^[a-z][a-zA-Z]{0,49}$/, { error: 'an outcome is one word' })]);

/** One reference of a pack flow and what the import does with it (shared/import/import-plan.ts). */
export const importReferenceSchema = z
  .object({
    flowId: z.string(),
    nodeId: z.string().optional(),
    path: jsonPath,
    kind: z.enum(REF_KINDS),
    outcome: refOutcomeSchema,
    sourceName: z.string().optional(),
    target: refTargetSchema.optional(),
    suggestion: refTargetSchema.optional(),
    binding: referenceBindingKeySchema.optional(),
    message: z.string(),
  });

/**
 * One flow of the pack: the planned action, the status the import leaves it in and, after an
 * apply, the revision it got (1 for a create or copy, the next revision for an update; none when
 * skipped) and the content hash of the document stored at that revision.
 */
export const importedFlowSchema = z
  .object({
    flowId: z.string(),
    targetId: z.string(),
    name: z.string(),
    kind: flowKindSchema.optional(),
    action: z.enum(FLOW_ACTIONS),
    replaces: z.object({ id: z.string(), name: z.string(), kind: flowKindSchema, status: z.string().optional() }).optional(),
    revision: z.number().int().min(1).optional(),
    contentHash: z
      .string()
      .regex(CONTENT_HASH_PATTERN)
      .optional()
      .meta({
        description:
          'After an apply, the content hash (SHA-256 of the canonical form without meta) of the document the tenant stored at `revision`, which may differ from the one sent: ids of created entities filled in, values kept from the tenant. None when skipped, in a dry-run, or from tenants before it.',
      }),
    status: flowStatusSchema
      .optional()
      .meta({ description: 'The status the import leaves the flow in: draft, except an update the lifecycle rules let keep its status (a started journey, a stopped workflow) or stop first; none when skipped.' }),
    references: z.array(importReferenceSchema),
    diagnostics: z.array(reportedDiagnosticSchema),
  });
export type ImportedFlow = z.infer<typeof importedFlowSchema>;

/** An entity the import creates (dry-run: would create; `id` only once created). */
export const importEntitySchema = z
  .object({
    kind: z.enum(REF_KINDS),
    id: z.string().optional(),
    uuid: z.string().optional(),
    name: z.string(),
    type: z.string().optional(),
    /** The metric field is linked to this flow (its tenant id). */
    forFlow: z.string().optional(),
  });
export type ImportEntity = z.infer<typeof importEntitySchema>;

/** A warning to show after the import: the plan's warnings and the server's own (a client-feed post switched off). */
export const importWarningSchema = z
  .object({ code: z.string(), message: z.string(), flowId: z.string().optional(), nodeId: z.string().optional() });
export type ImportWarning = z.infer<typeof importWarningSchema>;

/**
 * Counts by a fixed list of words. A count a tenant does not send (an older tenant, before
 * `kept`) reads as 0; one a newer tenant adds is ignored by an older client.
 */
const countsOf = <const T extends readonly string[]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.number().int().min(0).default(0)])) as Record<T[number], z.ZodDefault<z.ZodNumber>>);

/**
 * The answer of POST /v1/imports and GET /v1/imports/{id}. A dry-run report says what an
 * apply would do and changed nothing; an applied one says what was done.
 */
export const importReportSchema = z
  .object({
    id: z.uuid(),
    mode: importModeSchema,
    /** True only for an apply that committed. */
    applied: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
    tokenId: z.string(),
    /** The label of the token that made the import (reports stored before labels existed have none). */
    tokenLabel: z.string().optional(),
    /** The person that token belongs to, as they were named when they imported; null for a machine token (reports older than people have none). */
    user: actorPersonSchema.optional(),
    pack: z
      .object({
        name: z.string(),
        profile: profileSchema,
        flows: z.number().int().min(0),
        signature: z
          .object({
            status: z.enum(['unsigned', 'valid', 'untrusted', 'tampered']),
            author: z.string().optional(),
            fingerprint: z.string().optional(),
            reason: z.string().optional(),
            /** The pack names the author of a key the tenant trusts, but that key did not sign it. */
            claimsTrustedAuthor: claimsTrustedAuthorSchema.optional(),
          }),
        allowTampered: z.boolean(),
      }),
    /** In import order: flows another flow of the pack uses come first. */
    flows: z.array(importedFlowSchema),
    /** Findings about the import as a whole (profile, flow count, decisions). */
    diagnostics: z.array(reportedDiagnosticSchema),
    summary: z
      .object({
        actions: countsOf(FLOW_ACTIONS),
        references: countsOf(REF_OUTCOMES),
        /** Errors that refuse the import (a tenant before "to configure" existed counted every error here). */
        errors: z.number().int().min(0),
        /** Errors the imported drafts carry for a person to finish (placeholders, empty required fields, loops); absent from older tenants. */
        toConfigure: z.number().int().min(0).optional(),
        warnings: z.number().int().min(0),
      }),
    /** Entities the import creates (dry-run) or created (apply, with their new ids). */
    created: z.array(importEntitySchema),
    warnings: z.array(importWarningSchema),
  });
export type ImportReport = z.infer<typeof importReportSchema>;

// The progress of an apply has a module of its own: the editor checks the progress events its
// host relays with it, and loads no report schema to do so.
export const importProgressSchema = buildImportProgressSchema();
export type { ImportProgress } from './import-progress';
