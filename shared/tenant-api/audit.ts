import { z } from 'zod';
import { actorPersonSchema } from './people';
import { actorLabelSchema } from './token-label';

/** What the audit log records: every write, every dry-run, and every refused authentication or authorisation. */
export const AUDIT_ACTIONS = [
  'tenant.create',
  'token.create',
  'token.revoke',
  // People on the tenant (flowpack-tenant create-user, set-role, grant-feed / revoke-feed, deactivate-user, reactivate-user).
  'user.create',
  // An invitation made (invite-user), and accepted: the person chose their password at its link.
  'user.invite',
  'user.inviteAccept',
  'user.role',
  'user.feedGrant',
  'user.feedRevoke',
  'user.deactivate',
  'user.reactivate',
  // The signing keys whose packs the tenant imports (flowpack-tenant trust-key / forget-key).
  'key.trust',
  'key.forget',
  'catalog.seed',
  'tag.create',
  'customField.create',
  'flow.create',
  'flow.update',
  'flow.delete',
  // Lifecycle actions, one per action; `flow.finalize` also records a journey finalized by its three-month pause.
  'flow.publish',
  'flow.stop',
  'flow.start',
  'flow.pause',
  'flow.resume',
  'flow.finalize',
  'flow.duplicate',
  // An applied import (its report id, pack, signature status, whether a tampered pack was allowed).
  'import.apply',
  // A dry-run of an import (its report id, pack, signature status, flows planned, errors found).
  'import.dry-run',
  // A token of this tenant refused because it is revoked or expired (401; made-up tokens belong to no tenant).
  'auth.refused',
  // A request this tenant's token may not make (403): a scope it lacks, a client-feed post it may not publish.
  'auth.forbidden',
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

/**
 * One entry, with the token that made the request. `tokenId` is null for writes made on the
 * server's command line (create-tenant, create-token, revoke-token, seed-demo), which need no
 * token, and so is `clientAddress`.
 */
export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime({ offset: true }),
    tokenId: z.string().nullable(),
    /** The token's label, so the log reads as who did what; null with a null `tokenId`. */
    tokenLabel: actorLabelSchema,
    /** The person the token belongs to (name and e-mail); null for a machine token and the command line. Absent from tenants older than people. */
    user: actorPersonSchema.optional(),
    action: auditActionSchema,
    targetId: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    /** The address the request came from, as the server's socket saw it; null on the command line and in entries older than it. */
    clientAddress: z.string().nullable(),
  });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z
  .object({
    /** Entries with an id below this one (paging backwards from the newest). */
    before: z.coerce.number().int().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export const auditListSchema = z.object({ entries: z.array(auditEntrySchema) });
