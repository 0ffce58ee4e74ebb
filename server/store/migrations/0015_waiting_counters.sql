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
--> statement-breakpoint
-- Nothing reads runs by the step they wait at any more, so that index is no longer worth keeping
-- up on every run's change: a flow's waiting runs are found by the one-enrolment index, which
-- starts with the tenant and the flow too.
DROP INDEX "flow_runs_waiting_step";
