-- What the tenant's OpenID Connect provider keeps (server/oidc/oidc-adapter.ts): sessions,
-- interactions, grants, codes, device codes and tokens, one row each, keyed by the library's
-- model name and id. They live in the store, not in memory, so a restart or a second server
-- process signs nobody out and a revoked grant stays revoked everywhere. `grant_id`, `user_code`
-- and `uid` are the other ways the library looks a row up; `consumed_at` marks a used code or
-- rotated refresh token (a second use of one revokes its grant).
CREATE TABLE "oidc_records" (
  "model" text NOT NULL,
  "id" text NOT NULL,
  "payload" jsonb NOT NULL,
  "grant_id" text,
  "user_code" text,
  "uid" text,
  "expires_at" timestamptz,
  "consumed_at" timestamptz,
  PRIMARY KEY ("model", "id")
);
--> statement-breakpoint
CREATE INDEX "oidc_records_grant" ON "oidc_records" ("grant_id");
--> statement-breakpoint
CREATE INDEX "oidc_records_user_code" ON "oidc_records" ("model", "user_code");
--> statement-breakpoint
CREATE INDEX "oidc_records_uid" ON "oidc_records" ("model", "uid");
