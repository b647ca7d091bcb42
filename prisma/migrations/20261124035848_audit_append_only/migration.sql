-- The audit trail is evidence: rows may be inserted, never changed or removed.
-- A trigger (rather than privileges alone) holds even for the table owner, which is the role
-- the application connects as in the embedded setup. TRUNCATE is refused too.
CREATE OR REPLACE FUNCTION casefile_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION casefile_refuse_audit_change();

CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION casefile_refuse_audit_change();
