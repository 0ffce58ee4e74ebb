-- People on a tenant (docs/TENANT-API.md, People and roles): each with a role, the grant to publish
-- to the client feed, and a password hash (server/auth/password.ts). An address is one person
-- however it is capitalised. A token may belong to a person of its own tenant (the composite key
-- keeps it from naming another tenant's); tokens made before this migration belong to none and
-- act as before. Changes to people are announced like changes to tokens, so every server process
-- stops accepting a deactivated person's tokens at once.
CREATE TABLE "users" (
  "tenant_id" text NOT NULL REFERENCES "tenants" ("id"),
  "id" text NOT NULL,
  "email" text NOT NULL,
  "name" text NOT NULL,
  "role" text NOT NULL CHECK ("role" IN ('owner', 'admin', 'editor', 'viewer')),
  "may_publish_to_feed" boolean NOT NULL DEFAULT false,
  "password_hash" text NOT NULL,
  "created_at" timestamptz NOT NULL,
  "updated_at" timestamptz NOT NULL,
  "deactivated_at" timestamptz,
  PRIMARY KEY ("tenant_id", "id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "users_email" ON "users" ("tenant_id", lower("email"));
--> statement-breakpoint
ALTER TABLE "tokens" ADD COLUMN "user_id" text;
--> statement-breakpoint
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_user" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id");
--> statement-breakpoint
CREATE TRIGGER "users_tenant_change" AFTER INSERT OR UPDATE OR DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION flowpack_notify_tenant_change();
