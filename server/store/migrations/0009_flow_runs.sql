-- Runs of live flows (docs/TENANT-API.md, Runs): one row per enrolment of a subject in a flow,
-- its interpreter state as JSON, and where it waits until when. At most one waiting run per
-- subject and flow: the platforms never enrol a contact twice in one workflow. The per-step
-- counters keep a flow's statistics cheap to read whatever its size and history. The fake
-- `enrolled_contacts` counter goes: enrolments are counted from real runs now.
CREATE TABLE "flow_runs" (
  "tenant_id" text NOT NULL REFERENCES "tenants" ("id"),
  "id" text NOT NULL,
  "seq" bigserial NOT NULL,
  "flow_id" text NOT NULL,
  "subject_id" text NOT NULL,
  "status" text NOT NULL,
  "waiting_node" text,
  "waiting_for" text,
  "next_deadline" timestamptz,
  "ended_reason" text,
  "version" integer NOT NULL DEFAULT 1,
  "state" jsonb NOT NULL,
  "started_at" timestamptz NOT NULL,
  "updated_at" timestamptz NOT NULL,
  PRIMARY KEY ("tenant_id", "id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "flow_runs_one_enrolment" ON "flow_runs" ("tenant_id", "flow_id", "subject_id") WHERE "status" = 'waiting';
--> statement-breakpoint
CREATE INDEX "flow_runs_listing" ON "flow_runs" ("tenant_id", "flow_id", "seq");
--> statement-breakpoint
CREATE INDEX "flow_runs_waiting_subject" ON "flow_runs" ("tenant_id", "subject_id") WHERE "status" = 'waiting';
--> statement-breakpoint
CREATE INDEX "flow_runs_waiting_step" ON "flow_runs" ("tenant_id", "flow_id", "waiting_node") WHERE "status" = 'waiting';
--> statement-breakpoint
CREATE TABLE "flow_step_counts" (
  "tenant_id" text NOT NULL REFERENCES "tenants" ("id"),
  "flow_id" text NOT NULL,
  "node_id" text NOT NULL,
  "measure" text NOT NULL,
  "count" bigint NOT NULL,
  PRIMARY KEY ("tenant_id", "flow_id", "node_id", "measure")
);
--> statement-breakpoint
ALTER TABLE "flows" DROP COLUMN "enrolled_contacts";
