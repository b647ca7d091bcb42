// The third stage of an import: what only the database can check, once every line is staged:
// unknown cases, a day twice for one case, days outside a case's period. It also resolves each
// line's case into `import_resolved`, which the merge reads.
import type pg from "pg";
import type { ImportErrorList } from "./import-errors";

/** Checks that need the database, reported with the file's line numbers. */
export async function databaseChecks(client: pg.Client, incident: { id: string } | null, errors: ImportErrorList) {
  // Temporary tables are never auto-analyzed; without statistics the planner guesses badly.
  await client.query(`ANALYZE import_staging`);
  // Equality joins only, so a million lines resolve with one hash join; each line carries its
  // case's period too (a period known only to the month or year covers the whole month or year).
  const period = `
    CASE i."conductStartPrecision" WHEN 'year' THEN date_trunc('year', i."conductStart") WHEN 'month' THEN date_trunc('month', i."conductStart") ELSE i."conductStart" END::date AS first,
    CASE i."conductEndPrecision" WHEN 'year' THEN (date_trunc('year', i."conductEnd") + interval '1 year - 1 day')
                                 WHEN 'month' THEN (date_trunc('month', i."conductEnd") + interval '1 month - 1 day') ELSE i."conductEnd" END::date AS last`;
  await client.query(
    incident
      ? `CREATE TEMP TABLE import_resolved ON COMMIT DROP AS
         SELECT s.line, s.day, s.records, s.provenance, i.id AS "incidentId", s.case_ref, ${period}
         FROM import_staging s LEFT JOIN (SELECT * FROM incidents WHERE id = $1 AND "deletedAt" IS NULL) i ON true`
      : `CREATE TEMP TABLE import_resolved ON COMMIT DROP AS
         SELECT s.line, s.day, s.records, s.provenance, i.id AS "incidentId", s.case_ref, ${period}
         FROM import_staging s LEFT JOIN incidents i ON i.slug = s.case_ref AND i."deletedAt" IS NULL`,
    incident ? [incident.id] : [],
  );
  await client.query(`ANALYZE import_resolved`);
  const unknown = await client.query<{ line: number; case_ref: string }>(`SELECT min(line) AS line, case_ref FROM import_resolved WHERE "incidentId" IS NULL GROUP BY case_ref ORDER BY 1 LIMIT 1000`);
  for (const r of unknown.rows) errors.add(r.line, `There is no case "${r.case_ref ?? ""}".`);

  const duplicates = await client.query<{ lines: number[]; day: Date }>(
    `SELECT array_agg(line ORDER BY line) AS lines, day FROM import_resolved WHERE "incidentId" IS NOT NULL GROUP BY "incidentId", day HAVING count(*) > 1 LIMIT 1000`,
  );
  for (const r of duplicates.rows) {
    for (const line of r.lines.slice(1)) errors.add(line, `${r.day.toISOString().slice(0, 10)} appears more than once (first on line ${r.lines[0]}).`);
  }

  const outside = await client.query<{ line: number; day: Date; first: Date | null; last: Date | null }>(
    `SELECT line, day, first, last FROM import_resolved
     WHERE (first IS NOT NULL AND day < first) OR (last IS NOT NULL AND day > last)
     ORDER BY line LIMIT 1000`,
  );
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "…");
  for (const r of outside.rows) errors.add(r.line, `${day(r.day)} is outside the case's period (${day(r.first)} – ${day(r.last)}).`);
}
