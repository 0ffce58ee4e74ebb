import { index, integer, json, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

// The tables of migrations/0002_imports.sql, typed for queries (kept beside schema.ts so the
// import slice adds its tables without editing the core ones).

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const importReports = pgTable(
  'import_reports',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    mode: text('mode').notNull(),
    createdAt: at('created_at').notNull(),
    tokenId: text('token_id'),
    report: json('report').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** One Idempotency-Key of a tenant: the body it came with (hashed) and the answer given. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    tenantId: text('tenant_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    response: json('response').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] }), index('idempotency_keys_tenant_created').on(t.tenantId, t.createdAt)],
);
