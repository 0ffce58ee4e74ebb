import { bigserial, boolean, index, integer, json, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

// The tables of migrations/0000_tenant_core.sql, typed for queries. Flow documents are `json`,
// not `jsonb`: json keeps the text as written (key order included), so a document reads back as it
// was saved and the server never queries inside one. A change here needs a new
// migration file in migrations/ (see server/README.md); the migration is what runs.

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const tenants = pgTable('tenants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  profile: text('profile').notNull(),
  limits: jsonb('limits').notNull().$type<Record<string, number>>(),
  createdAt: at('created_at').notNull(),
  /** The keys whose signature a shared pack must carry to be imported; empty, none is asked for (trusted-keys-store.ts). */
  trustedKeys: jsonb('trusted_keys').notNull().default([]).$type<unknown[]>(),
});

/** The owning tenant: every row of tenant data carries it, and every query filters on it. */
const tenantColumn = () =>
  text('tenant_id')
    .notNull()
    .references(() => tenants.id);

export const tokens = pgTable(
  'tokens',
  {
    id: text('id').primaryKey(),
    tenantId: tenantColumn(),
    /** SHA-256 of the token, hex: the token itself is shown once and never stored. */
    hash: text('hash').notNull(),
    /** Who holds the token, for people to read (migration 0004; shared/tenant-api/token-label.ts). */
    label: text('label').notNull(),
    scopes: text('scopes').array().notNull(),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at'),
    revokedAt: at('revoked_at'),
    /** The person the token belongs to (migration 0011); null for a machine token. */
    userId: text('user_id'),
  },
  (t) => [uniqueIndex('tokens_hash').on(t.hash)],
);

/**
 * People on a tenant (migration 0011): a role, the client-feed grant, and a password hash
 * (server/auth/password.ts); no hash for a person invited who has not chosen one (migration 0013).
 */
export const users = pgTable(
  'users',
  {
    tenantId: tenantColumn(),
    id: text('id').notNull(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    mayPublishToFeed: boolean('may_publish_to_feed').notNull().default(false),
    passwordHash: text('password_hash'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
    deactivatedAt: at('deactivated_at'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('users_email').on(t.tenantId, sql`lower(${t.email})`)],
);

/** One-time links at which an invited person chooses a password (migration 0013): the secret's SHA-256 only. */
export const invitations = pgTable('invitations', {
  secretHash: text('secret_hash').primaryKey(),
  tenantId: text('tenant_id').notNull(),
  userId: text('user_id').notNull(),
  createdAt: at('created_at').notNull(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
});

export const entities = pgTable(
  'entities',
  {
    tenantId: tenantColumn(),
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    uuid: text('uuid'),
    name: text('name').notNull(),
    /** Custom fields: what the field holds. */
    type: text('type'),
    /** The flow a custom field belongs to: a pipeline flow's metric field (migration 0006). */
    flowId: text('flow_id'),
  },
  // Names are unique as written (NFC; shared/import/entity-name.ts), a flow's own fields among that flow's only (migration 0006).
  (t) => [
    primaryKey({ columns: [t.tenantId, t.kind, t.id] }),
    uniqueIndex('entities_name').on(t.tenantId, t.kind, sql`coalesce(${t.flowId}, '')`, sql`normalize(${t.name}, NFC)`),
  ],
);

export const flows = pgTable(
  'flows',
  {
    tenantId: tenantColumn(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    folder: text('folder').notNull(),
    revision: integer('revision').notNull(),
    document: json('document').notNull(),
    createdAt: at('created_at').notNull(),
    createdBy: text('created_by'),
    updatedAt: at('updated_at').notNull(),
    updatedBy: text('updated_by'),
    publishedAt: at('published_at'),
    publishedBy: text('published_by'),
    /** When a journey was last paused: three months later it is finalized (migration 0001). */
    pausedAt: at('paused_at'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('flows_tenant_listing').on(t.tenantId, t.folder, t.name, t.id)],
);

export const flowRevisions = pgTable(
  'flow_revisions',
  {
    tenantId: text('tenant_id').notNull(),
    flowId: text('flow_id').notNull(),
    revision: integer('revision').notNull(),
    name: text('name').notNull(),
    document: json('document').notNull(),
    createdAt: at('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.flowId, t.revision] })],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: text('tenant_id').notNull(),
    at: at('at').notNull(),
    tokenId: text('token_id'),
    action: text('action').notNull(),
    targetId: text('target_id'),
    detail: jsonb('detail').notNull().$type<Record<string, unknown>>(),
    clientAddress: text('client_address'),
  },
  (t) => [index('audit_log_tenant').on(t.tenantId, t.id)],
);

/** What the OpenID Connect provider keeps (migration 0012; server/oidc/oidc-adapter.ts): one row per model and id. */
export const oidcRecords = pgTable(
  'oidc_records',
  {
    model: text('model').notNull(),
    id: text('id').notNull(),
    payload: jsonb('payload').notNull().$type<Record<string, unknown>>(),
    grantId: text('grant_id'),
    userCode: text('user_code'),
    uid: text('uid'),
    expiresAt: at('expires_at'),
    consumedAt: at('consumed_at'),
  },
  (t) => [primaryKey({ columns: [t.model, t.id] })],
);

export const schema = { tenants, tokens, users, invitations, entities, flows, flowRevisions, auditLog, oidcRecords };
