-- Invitations (docs/TENANT-API.md, People and roles): `invite-user` adds a person without a
-- password and a one-time link at which they choose one. A person without a password cannot
-- sign in. The link's secret is kept only as its SHA-256 (like tokens'); `used_at` marks the
-- link spent, so a second use is refused with a page saying so.
ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL;
--> statement-breakpoint
CREATE TABLE "invitations" (
  "secret_hash" text PRIMARY KEY,
  "tenant_id" text NOT NULL,
  "user_id" text NOT NULL,
  "created_at" timestamptz NOT NULL,
  "expires_at" timestamptz NOT NULL,
  "used_at" timestamptz,
  CONSTRAINT "invitations_user" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id")
);
--> statement-breakpoint
CREATE INDEX "invitations_by_user" ON "invitations" ("tenant_id", "user_id");
