-- A fingerprint of each flow's stored document, kept by the database itself: a server process
-- keeps the live flows it runs parsed in memory and reads only this column per event to know
-- whether its copy is still the stored one (runs/live-flows.ts), in this process or after a
-- write by another. Computed on every write of the document, so no writer can forget it.
ALTER TABLE "flows" ADD COLUMN "document_md5" text GENERATED ALWAYS AS (md5("document"::text)) STORED;
