-- Entity names match exactly as written (shared/import/entity-name.ts): case and accents count, so
-- "VIP" and "vip" are two tags; only the two Unicode spellings of one accented letter (composed,
-- or a letter and a combining accent) are the same name, so the index compares names in NFC.
-- A custom field may belong to a flow (a pipeline flow's metric field, "flow_id"): its name is
-- unique among that flow's fields only, so two flows with one metric name get a field each.
ALTER TABLE "entities" ADD COLUMN "flow_id" text;
--> statement-breakpoint
DROP INDEX "entities_name";
--> statement-breakpoint
-- The old index compared lower-case names and so let one name in two Unicode spellings through
-- twice; such a second entity keeps its id and gets it in its name, so both stay and differ.
UPDATE "entities" AS "e" SET "name" = "e"."name" || ' (' || "e"."id" || ')'
WHERE EXISTS (
  SELECT 1 FROM "entities" AS "o"
  WHERE "o"."tenant_id" = "e"."tenant_id" AND "o"."kind" = "e"."kind" AND "o"."id" < "e"."id"
    AND normalize("o"."name", NFC) = normalize("e"."name", NFC)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "entities_name" ON "entities" ("tenant_id", "kind", coalesce("flow_id", ''), normalize("name", NFC));
