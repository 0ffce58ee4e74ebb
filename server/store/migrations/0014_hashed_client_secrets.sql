-- CI clients' secrets were kept as they are; the provider now compares a presented secret with
-- the SHA-256 it keeps (server/oidc/ci-clients.ts). The secrets already kept become their hashes
-- here: each pipeline's secret keeps working, and the database no longer holds it.
UPDATE "oidc_records"
SET "payload" = jsonb_set("payload", '{client_secret}', to_jsonb('sha256:' || encode(sha256(convert_to("payload"->>'client_secret', 'UTF8')), 'hex')))
WHERE "model" = 'Client' AND "payload" ? 'client_secret' AND "payload"->>'client_secret' NOT LIKE 'sha256:%';
