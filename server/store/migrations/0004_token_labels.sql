-- Token labels (issue 5): who holds each token ("CI deploy", "Ana's laptop"), so the flow list
-- and the audit log read as people and tools instead of token ids. Tokens made before this
-- migration are labelled "token " and the first 8 hex digits of their id, as
-- shared/tenant-api/token-label.ts (defaultTokenLabel) labels a new token given no label.
ALTER TABLE "tokens" ADD COLUMN "label" text;
--> statement-breakpoint
UPDATE "tokens" SET "label" = 'token ' || left(regexp_replace("id", '^tok_', ''), 8);
--> statement-breakpoint
ALTER TABLE "tokens" ALTER COLUMN "label" SET NOT NULL;
