import { z } from 'zod';
import { catalogSnapshotSchema } from '../import/catalog-snapshot';
import { importDecisionsSchema } from '../import/import-decisions';
import { packSchema } from '../pack/pack-schema';
import { importModeSchema, importReportSchema } from '../tenant-api/imports';
import { offeredActionSchema } from '../tenant-api/lifecycle';
import { exportOutcome } from './pack-calls';
import { flowEdgeSchema, flowNodeSchema, flowSchema } from '../format/flow-schema';
import { flowStatusSchema, flowSummarySchema } from '../tenant-api/flows';
import { flowStatsSchema } from '../tenant-api/flow-stats';
import { tenantInfoSchema } from '../tenant-api/tenant';
import { profileSchema } from '../format/profiles';
import { BASE_MISSING, flowThreeWaySchema, mergeChoicesSchema } from './three-way-calls';
import { workspacePathSchema } from './workspace-paths';
import { keychainStatusSchema } from './keychain-status';

/**
 * The host calls of tenant connections: add, test, rename and remove connections,
 * and read a tenant's flows and catalog. Tokens go from the renderer to the host once, when a
 * connection is added; no call ever answers with one. Spread into HOST_CALLS in contract.ts.
 */

/** A tenant connection as the renderer sees it. */
export const tenantConnectionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  url: z.string(),
  /** Whether its token and session are encrypted with the OS keychain. */
  protected: z.boolean(),
  /** Whether it has a pasted token; without one it reaches the tenant only while someone is signed in. */
  hasToken: z.boolean(),
  addedAt: z.string(),
  /** Who is signed in on the connection (the tenant's ID token names them), or null. */
  signedInAs: z.object({ name: z.string().nullable(), email: z.string().nullable() }).nullable().default(null),
});
export type TenantConnectionView = z.infer<typeof tenantConnectionSchema>;

const connectionId = z.object({ id: z.uuid() }).strict();

/** How a workspace flow stands against a tenant (shared/sync/sync-status.ts), or a tenant flow the workspace lacks. */
export const SYNC_STATES = ['in-sync', 'local-changes', 'remote-changes', 'both-changed', 'not-on-tenant', 'only-on-tenant'] as const;
export const syncRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  path: workspacePathSchema.nullable(),
  status: z.enum(SYNC_STATES),
  /** In sync, but the tenant's copy fills in or keeps values the file leaves open (shared/sync/sync-status.ts). */
  tenantCopyDiffers: z.boolean(),
  /** The tenant's flow id and revision, when it has the flow. */
  remoteId: z.string().nullable(),
  revision: z.number().nullable(),
});
export type SyncRow = z.infer<typeof syncRowSchema>;

const fieldChangeSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  change: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
const stepSchema = z.object({ id: z.string(), type: z.string(), name: z.string() });
const connectionSchema = z.object({ source: z.string(), sourcePort: z.string(), target: z.string() });
/** shared/sync/flow-diff.ts's FlowDiff as it crosses the host boundary. */
export const flowDiffSchema = z.object({
  flow: z.array(fieldChangeSchema),
  steps: z.object({
    added: z.array(stepSchema),
    removed: z.array(stepSchema),
    changed: z.array(stepSchema.extend({ fields: z.array(fieldChangeSchema), moved: z.boolean() })),
  }),
  connections: z.object({ added: z.array(connectionSchema), removed: z.array(connectionSchema) }),
});
/** shared/sync/canvas-diff.ts's CanvasDiff as it crosses the host boundary. */
export const canvasDiffSchema = z.object({
  marks: z.record(z.string(), z.enum(['added', 'changed'])),
  removed: z.object({ steps: z.array(flowNodeSchema), connections: z.array(flowEdgeSchema) }),
});

function call<A extends z.ZodType, R extends z.ZodType>(args: A, result: R) {
  return { args, result };
}

export const TENANT_CALLS = {
  'tenants:list': call(
    z.object({}).strict(),
    z.object({
      connections: z.array(tenantConnectionSchema),
      /** Whether new tokens would be encrypted; when not, why (adding one then needs `allowUnprotected`). */
      keychain: keychainStatusSchema,
    }),
  ),
  'tenants:add': call(
    z
      .object({
        name: z.string().max(1000),
        url: z.string().max(2000),
        /** Empty: the connection is added to sign in with. */
        token: z.string().max(10_000).default(''),
        allowUnprotected: z.boolean().default(false),
      })
      .strict(),
    z.object({ connection: tenantConnectionSchema }),
  ),
  /** Asks the tenant who it is and what the token may do (GET /v1/tenant). */
  'tenants:test': call(connectionId, z.object({ info: tenantInfoSchema })),
  'tenants:rename': call(z.object({ id: z.uuid(), name: z.string().max(1000) }).strict(), z.object({ connection: tenantConnectionSchema })),
  'tenants:remove': call(connectionId, z.object({})),
  /**
   * Starts signing in on a connection through the tenant's sign-in page (authorization code with
   * PKCE): the desktop app opens the system browser itself (`openInPage` null); the browser host
   * answers the page to open, which sends the browser back to the host. `tenants:signInWait`
   * then answers once the person is back. No token ever reaches the renderer.
   */
  'tenants:signIn': call(connectionId, z.object({ openInPage: z.string().nullable() })),
  /**
   * Resolves when the sign-in started on the connection ends: signed in, or (`connection` null)
   * cancelled; fails when the tenant refused it or it timed out.
   */
  'tenants:signInWait': call(connectionId, z.object({ connection: tenantConnectionSchema.nullable() })),
  /** Gives up the sign-in in progress on the connection (the person closed the tab or changed their mind). */
  'tenants:signInCancel': call(connectionId, z.object({})),
  /**
   * Signs out: the tenant revokes the session's refresh token, and the host forgets it either way
   * (`revoked` false: the tenant could not be told, the token ends when it expires).
   */
  'tenants:signOut': call(connectionId, z.object({ connection: tenantConnectionSchema, revoked: z.boolean() })),
  'tenants:flows': call(connectionId, z.object({ flows: z.array(flowSummarySchema) })),
  'tenants:catalog': call(connectionId, z.object({ snapshot: catalogSnapshotSchema })),
  /**
   * The tenants (by their own ids, as `tenants:test` answers them) a workspace flow was last pulled
   * from or pushed to, as `.flowpack/sync.json` records: where the editor looks up the entities the
   * flow's references name. Read from the workspace only; no tenant is asked.
   */
  'tenants:syncedWith': call(z.object({ flowId: z.uuid() }).strict(), z.object({ tenantIds: z.array(z.string()) })),
  /** Every workspace flow against the tenant, plus the tenant's flows the workspace lacks. */
  /**
   * The workspace's flows of the tenant's profile against the tenant's flows. Flows of other
   * profiles can never go to this tenant: they are left out and only counted (`otherProfiles`).
   */
  'tenants:status': call(
    connectionId,
    z.object({ tenant: z.object({ id: z.string(), name: z.string(), profile: profileSchema }), rows: z.array(syncRowSchema), otherProfiles: z.number().int().min(0) }),
  ),
  /**
   * What the workspace copy of a flow changes relative to the tenant's (`diff` goes from the
   * tenant's version to the local one), before either side is overwritten; and `threeWay`, both
   * compared with the revision last synchronised (`baseRevision`), fetched from the tenant. When
   * that version cannot be had, `baseMissing` says why and `threeWay` has no base.
   * `mineHash` is the content hash of the file compared, which a merge names.
   */
  'tenants:compare': call(
    z.object({ id: z.uuid(), path: workspacePathSchema }).strict(),
    z.object({
      remoteName: z.string(),
      remoteRevision: z.number(),
      diff: flowDiffSchema,
      /** The same difference as the canvas draws it over the workspace copy (the tenant's removed steps whole). */
      canvas: canvasDiffSchema,
      threeWay: flowThreeWaySchema,
      baseRevision: z.number().nullable(),
      baseMissing: z.enum(BASE_MISSING).nullable(),
      mineHash: z.string(),
    }),
  ),
  /**
   * Merges the workspace copy and the tenant's as chosen change by change, saves the result over
   * the file (with a backup, as a save) and sends it to the tenant at `revision`. Refused
   * (CONFLICT) when the file or the tenant's flow changed since the comparison, and (INVALID_ARGS)
   * while a change made on both sides has no choice. When the tenant refuses the merged flow,
   * the file stays saved, recorded as changed here since the tenant's version it merged, and
   * `sendProblem` says why.
   */
  'tenants:merge': call(
    z
      .object({
        id: z.uuid(),
        path: workspacePathSchema,
        mineHash: z.string().max(100),
        revision: z.number().int().min(1),
        baseRevision: z.number().int().min(1).nullable(),
        choices: mergeChoicesSchema,
      })
      .strict(),
    z.object({ revision: z.number().nullable(), sendProblem: z.string().nullable() }),
  ),
  /**
   * Writes tenant flows into the workspace: a flow the workspace has is replaced (with a
   * backup) unless it changed since the last sync and `force` is false; a new one gets a file
   * in `folder`. The sync bindings in `.flowpack/sync.json` are updated.
   */
  'tenants:pull': call(
    z.object({ id: z.uuid(), remoteIds: z.array(z.uuid()).min(1).max(1000), force: z.boolean().default(false), folder: workspacePathSchema.default('') }).strict(),
    z.object({
      results: z.array(
        z.object({ remoteId: z.string(), name: z.string(), outcome: z.enum(['created', 'updated', 'kept']), path: workspacePathSchema.nullable() }),
      ),
    }),
  ),
  /**
   * A lifecycle action on a tenant's flow (publish, stop, start, pause, resume, finalize, or
   * duplicate), at the revision the list showed: a flow changed since is refused, not acted on.
   */
  /**
   * The live view of a workspace flow on a connected tenant: the tenant's copy (the flow the sync
   * state binds it to, else the one of the same id), its status, and its statistics when the
   * status has them (flow-stats.ts, LIVE_VIEW_STATUSES). `remoteId` null: the tenant lacks the flow.
   */
  'tenants:liveView': call(
    z.object({ id: z.uuid(), flowId: z.uuid() }).strict(),
    z.object({ remoteId: z.uuid().nullable(), status: flowStatusSchema.nullable(), stats: flowStatsSchema.nullable() }),
  ),
  'tenants:flowAction': call(
    z.object({ id: z.uuid(), flowId: z.uuid(), action: offeredActionSchema, revision: z.number().int().min(1) }).strict(),
    z.object({ flow: flowSummarySchema }),
  ),
  /**
   * Sync's "keep mine": replaces the tenant's flow with the workspace copy, but only if the
   * tenant's flow is still at `revision` (the one compared); a newer change there is refused
   * (CONFLICT) rather than overwritten. The flow stays or becomes a draft on the tenant.
   */
  'tenants:keepMine': call(
    z.object({ id: z.uuid(), path: workspacePathSchema, revision: z.number().int().min(1) }).strict(),
    z.object({ revision: z.number() }),
  ),
  /**
   * The first step of a push: the workspace flows as they are (a deploy: nothing removed, so
   * the report lists no removals) and the tenant's catalog, with the tenant's current
   * documents of the flows the push would update (`tenantFlows`), so the renderer plans the
   * deploy, values kept from the tenant included, as the tenant's dry-run will. Nothing is sent.
   */
  'tenants:pushPrepare': call(
    z.object({ id: z.uuid(), paths: z.array(workspacePathSchema).min(1).max(1000) }).strict(),
    z.object({
      ...exportOutcome,
      pack: packSchema.nullable(),
      catalog: catalogSnapshotSchema,
      tenantFlows: z.array(flowSchema).default([]),
      /** The choices saved in `.flowpack/bindings.json` for this tenant and these flows: where the preview starts. */
      decisions: importDecisionsSchema,
    }),
  ),
  /**
   * Reads the flows again and sends them to the tenant's import as a deploy: `dry-run` answers the
   * tenant's own plan; `apply` imports (one transaction on the tenant), saves the report under
   * `.flowpack/reports/` and binds the pushed flows in `.flowpack/sync.json`. With a
   * `progressId`, an apply's progress on the tenant comes as `tenants:pushProgress` events.
   * A flow changed on the tenant since it was last pulled or pushed refuses the whole push with
   * `CONFLICT` (nothing is sent); the Sync view compares the two versions.
   */
  'tenants:push': call(
    z
      .object({
        id: z.uuid(),
        paths: z.array(workspacePathSchema).min(1).max(1000),
        mode: importModeSchema,
        decisions: importDecisionsSchema.optional(),
        progressId: z.uuid().optional(),
      })
      .strict(),
    z.object({ report: importReportSchema, /** Where the report of an apply was saved (under `.flowpack/reports/`). */ savedAs: z.string().nullable() }),
  ),
} as const;
