-- Tenants, their tokens, catalog entities, flows with revisions, and the audit log.
CREATE TABLE "tenants" (
  "id" text PRIMARY KEY,
  "name" text NOT NULL,
  "profile" text NOT NULL,
  "limits" jsonb NOT NULL,
  "created_at" timestamptz NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tokens" (
  "id" text PRIMARY KEY,
  "tenant_id" text NOT NULL REFERENCES "tenants" ("id"),
  "hash" text NOT NULL,
  "scopes" text[] NOT NULL,
  "created_at" timestamptz NOT NULL,
  "expires_at" timestamptz,
  "revoked_at" timestamptz
);
--> statement-breakpoint
CREATE UNIQUE INDEX "tokens_hash" ON "tokens" ("hash");
--> statement-breakpoint
CREATE TABLE "entities" (
  "tenant_id" text NOT NULL REFERENCES "tenants" ("id"),
  "kind" text NOT NULL,
  "id" text NOT NULL,
  "uuid" text,
  "name" text NOT NULL,
  "type" text,
  PRIMARY KEY ("tenant_id", "kind", "id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "entities_name" ON "entities" ("tenant_id", "kind", lower("name"));
--> statement-breakpoint
CREATE TABLE "flows" (
  "tenant_id" text NOT NULL REFERENCES "tenants" ("id"),
  "id" text NOT NULL,
  "name" text NOT NULL,
  "description" text NOT NULL,
  "kind" text NOT NULL,
  "status" text NOT NULL,
  "folder" text NOT NULL,
  "revision" integer NOT NULL,
  "document" json NOT NULL,
  "created_at" timestamptz NOT NULL,
  "created_by" text,
  "updated_at" timestamptz NOT NULL,
  "updated_by" text,
  "published_at" timestamptz,
  "published_by" text,
  PRIMARY KEY ("tenant_id", "id")
);
--> statement-breakpoint
CREATE TABLE "flow_revisions" (
  "tenant_id" text NOT NULL,
  "flow_id" text NOT NULL,
  "revision" integer NOT NULL,
  "name" text NOT NULL,
  "document" json NOT NULL,
  "created_at" timestamptz NOT NULL,
  "created_by" text,
  PRIMARY KEY ("tenant_id", "flow_id", "revision"),
  FOREIGN KEY ("tenant_id", "flow_id") REFERENCES "flows" ("tenant_id", "id") ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
  "id" bigserial PRIMARY KEY,
  "tenant_id" text NOT NULL,
  "at" timestamptz NOT NULL,
  "token_id" text,
  "action" text NOT NULL,
  "target_id" text,
  "detail" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_log_tenant" ON "audit_log" ("tenant_id", "id");
