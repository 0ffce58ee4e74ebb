-- The runs waiting at each step become a step counter like the others (measure `waiting`),
-- changed in the transaction that changes where a run waits, so reading a flow's statistics no
-- longer counts its waiting runs: with many thousands waiting, that count was most of the read.
-- The counters start from the runs waiting now.
INSERT INTO "flow_step_counts" ("tenant_id", "flow_id", "node_id", "measure", "count")
SELECT "tenant_id", "flow_id", "waiting_node", 'waiting', count(*)
FROM "flow_runs"
WHERE "status" = 'waiting' AND "waiting_node" IS NOT NULL
GROUP BY "tenant_id", "flow_id", "waiting_node"
ON CONFLICT ("tenant_id", "flow_id", "node_id", "measure") DO UPDATE SET "count" = excluded."count";
