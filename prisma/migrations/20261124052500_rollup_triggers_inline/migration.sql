-- Transition tables (new_rows, old_rows) are visible only to queries issued by the trigger
-- function itself, not to a helper it calls, so each trigger function recomputes the touched
-- (case, month) pairs inline.
CREATE OR REPLACE FUNCTION casefile_daily_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS casefile_touched_months ("incidentId" text, "month" date) ON COMMIT DROP;
  INSERT INTO casefile_touched_months SELECT DISTINCT "incidentId", date_trunc('month', "day")::date FROM new_rows;
  PERFORM casefile_recompute_touched_months();
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION casefile_daily_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS casefile_touched_months ("incidentId" text, "month" date) ON COMMIT DROP;
  INSERT INTO casefile_touched_months
    SELECT "incidentId", date_trunc('month', "day")::date FROM new_rows
    UNION SELECT "incidentId", date_trunc('month', "day")::date FROM old_rows;
  PERFORM casefile_recompute_touched_months();
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION casefile_daily_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS casefile_touched_months ("incidentId" text, "month" date) ON COMMIT DROP;
  INSERT INTO casefile_touched_months SELECT DISTINCT "incidentId", date_trunc('month', "day")::date FROM old_rows;
  PERFORM casefile_recompute_touched_months();
  RETURN NULL;
END;
$$;

-- Recomputes the months listed in casefile_touched_months (an ordinary temp table, which a
-- called function can see), then empties the list.
CREATE OR REPLACE FUNCTION casefile_recompute_touched_months() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM monthly_record_totals m USING (SELECT DISTINCT "incidentId", "month" FROM casefile_touched_months) t
  WHERE m."incidentId" = t."incidentId" AND m."month" = t."month";
  INSERT INTO monthly_record_totals ("incidentId", "month", "records", "days", "provenance")
  SELECT d."incidentId", date_trunc('month', d."day")::date, sum(d."records"), count(*),
         (ARRAY['modelled','estimated','reported','verified']::"Provenance"[])[
           min(CASE d."provenance" WHEN 'modelled' THEN 1 WHEN 'estimated' THEN 2 WHEN 'reported' THEN 3 ELSE 4 END)]
  FROM daily_record_counts d
  JOIN (SELECT DISTINCT "incidentId", "month" FROM casefile_touched_months) t
    ON t."incidentId" = d."incidentId" AND d."day" >= t."month" AND d."day" < (t."month" + interval '1 month')
  GROUP BY 1, 2;
  DELETE FROM casefile_touched_months;
END;
$$;

DROP FUNCTION IF EXISTS casefile_refresh_monthly_totals(text);
