-- Two transactions writing days of the same case could both recompute one (case, month): the
-- second would miss the first's uncommitted rows or collide on the rollup's primary key. Each
-- recompute now first takes the per-case advisory lock the importer uses, so writers of one case
-- take turns; every statement after the lock sees what the previous writer committed.
CREATE OR REPLACE FUNCTION casefile_recompute_touched_months() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('casefile-series-import'), hashtext(ids."incidentId"))
  FROM (SELECT DISTINCT "incidentId" FROM casefile_touched_months ORDER BY 1) ids;

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
