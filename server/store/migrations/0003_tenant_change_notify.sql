-- Every change to a tenant's flows, entities or tokens is announced on one channel, with the
-- tenant's id, when its transaction commits: server processes sharing the database drop what
-- they cached of that tenant (identical notifications of one transaction arrive once).
CREATE OR REPLACE FUNCTION flowpack_notify_tenant_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('flowpack_tenant_changed', OLD.tenant_id);
  ELSE
    PERFORM pg_notify('flowpack_tenant_changed', NEW.tenant_id);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER "flows_tenant_change" AFTER INSERT OR UPDATE OR DELETE ON "flows" FOR EACH ROW EXECUTE FUNCTION flowpack_notify_tenant_change();
--> statement-breakpoint
CREATE TRIGGER "entities_tenant_change" AFTER INSERT OR UPDATE OR DELETE ON "entities" FOR EACH ROW EXECUTE FUNCTION flowpack_notify_tenant_change();
--> statement-breakpoint
CREATE TRIGGER "tokens_tenant_change" AFTER INSERT OR UPDATE OR DELETE ON "tokens" FOR EACH ROW EXECUTE FUNCTION flowpack_notify_tenant_change();
