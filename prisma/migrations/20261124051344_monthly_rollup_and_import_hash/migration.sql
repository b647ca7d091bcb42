-- AlterTable
ALTER TABLE "series_imports" ADD COLUMN     "sha256" TEXT;

-- CreateTable
CREATE TABLE "monthly_record_totals" (
    "incidentId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "records" BIGINT NOT NULL,
    "days" INTEGER NOT NULL,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "monthly_record_totals_pkey" PRIMARY KEY ("incidentId","month")
);

-- CreateIndex
CREATE INDEX "monthly_record_totals_month_idx" ON "monthly_record_totals"("month");

-- AddForeignKey
ALTER TABLE "monthly_record_totals" ADD CONSTRAINT "monthly_record_totals_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keep monthly_record_totals in step with daily_record_counts, whatever writes to it (the app,
-- the importer, psql). Statement-level triggers see every changed row at once through transition
-- tables, then recompute only the (case, month) pairs those rows touch.
CREATE OR REPLACE FUNCTION casefile_refresh_monthly_totals(pairs_sql text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($f$
    WITH touched AS (%s),
    removed AS (
      DELETE FROM monthly_record_totals m USING touched t
      WHERE m."incidentId" = t."incidentId" AND m."month" = t."month"
    )
    INSERT INTO monthly_record_totals ("incidentId", "month", "records", "days", "provenance")
    SELECT d."incidentId", date_trunc('month', d."day")::date, sum(d."records"), count(*),
           (ARRAY['modelled','estimated','reported','verified']::"Provenance"[])[
             min(CASE d."provenance" WHEN 'modelled' THEN 1 WHEN 'estimated' THEN 2 WHEN 'reported' THEN 3 ELSE 4 END)]
    FROM daily_record_counts d
    JOIN touched t ON t."incidentId" = d."incidentId"
     AND d."day" >= t."month" AND d."day" < (t."month" + interval '1 month')
    GROUP BY 1, 2
  $f$, pairs_sql);
END;
$$;

CREATE OR REPLACE FUNCTION casefile_daily_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM casefile_refresh_monthly_totals('SELECT DISTINCT "incidentId", date_trunc(''month'', "day")::date AS "month" FROM new_rows');
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION casefile_daily_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM casefile_refresh_monthly_totals('SELECT "incidentId", date_trunc(''month'', "day")::date AS "month" FROM new_rows UNION SELECT "incidentId", date_trunc(''month'', "day")::date FROM old_rows');
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION casefile_daily_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM casefile_refresh_monthly_totals('SELECT DISTINCT "incidentId", date_trunc(''month'', "day")::date AS "month" FROM old_rows');
  RETURN NULL;
END;
$$;

CREATE TRIGGER daily_record_counts_rollup_insert AFTER INSERT ON daily_record_counts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION casefile_daily_after_insert();
CREATE TRIGGER daily_record_counts_rollup_update AFTER UPDATE ON daily_record_counts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION casefile_daily_after_update();
CREATE TRIGGER daily_record_counts_rollup_delete AFTER DELETE ON daily_record_counts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION casefile_daily_after_delete();

-- Existing series.
INSERT INTO monthly_record_totals ("incidentId", "month", "records", "days", "provenance")
SELECT d."incidentId", date_trunc('month', d."day")::date, sum(d."records"), count(*),
       (ARRAY['modelled','estimated','reported','verified']::"Provenance"[])[
         min(CASE d."provenance" WHEN 'modelled' THEN 1 WHEN 'estimated' THEN 2 WHEN 'reported' THEN 3 ELSE 4 END)]
FROM daily_record_counts d GROUP BY 1, 2;
