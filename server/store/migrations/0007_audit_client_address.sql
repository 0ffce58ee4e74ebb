-- The address each audited request came from (the server's socket peer; no proxy header is
-- trusted). Null for entries written on the server's command line and for entries older than it.
ALTER TABLE "audit_log" ADD COLUMN "client_address" text;
