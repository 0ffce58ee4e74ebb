-- Lifecycle: when a journey was paused (it is finalized three months later), and how many
-- contacts a flow has enrolled (stopping a conversations workflow ejects them). The index
-- serves the flow list, ordered by folder and name within a tenant.
ALTER TABLE "flows" ADD COLUMN "paused_at" timestamptz;
--> statement-breakpoint
ALTER TABLE "flows" ADD COLUMN "enrolled_contacts" integer NOT NULL DEFAULT 0;
--> statement-breakpoint
CREATE INDEX "flows_tenant_listing" ON "flows" ("tenant_id", "folder", "name", "id");
