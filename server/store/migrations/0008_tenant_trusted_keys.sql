-- The keys a tenant trusts to sign the packs it imports (docs/TENANT-API.md, Signature policy):
-- a list of {author, publicKey, fingerprint, addedAt}. Empty, imports are not asked for a
-- signature; with keys, a shared pack must be signed by one of them.
ALTER TABLE "tenants" ADD COLUMN "trusted_keys" jsonb DEFAULT '[]'::jsonb NOT NULL;
