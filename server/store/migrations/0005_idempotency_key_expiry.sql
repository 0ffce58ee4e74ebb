-- Idempotency-Keys are kept for a day (server/store/import-store.ts, KEY_LIFETIME_MS): enough for
-- every retry of a request, after which a repeat is a new import. The index finds a tenant's
-- expired keys without reading the others.
CREATE INDEX "idempotency_keys_tenant_created" ON "idempotency_keys" ("tenant_id", "created_at");
