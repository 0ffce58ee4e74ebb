-- Imports: the stored report of each import (GET /v1/imports/{id}), and the Idempotency-Key
-- of each POST /v1/imports with the hash of its body and the answer given, so a repeat is
-- answered from here and never applied twice, whichever server process receives it.
CREATE TABLE "import_reports" (
  "tenant_id" text NOT NULL REFERENCES "tenants" ("id"),
  "id" text NOT NULL,
  "mode" text NOT NULL,
  "created_at" timestamptz NOT NULL,
  "token_id" text,
  "report" json NOT NULL,
  PRIMARY KEY ("tenant_id", "id")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
  "tenant_id" text NOT NULL REFERENCES "tenants" ("id"),
  "key" text NOT NULL,
  "request_hash" text NOT NULL,
  "status" integer NOT NULL,
  "response" json NOT NULL,
  "created_at" timestamptz NOT NULL,
  PRIMARY KEY ("tenant_id", "key")
);
