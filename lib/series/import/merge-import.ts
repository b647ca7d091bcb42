// The last stage of an import: write the staged rows over the stored series
// (imports of the same case take turns), and record one import and one audit row per case.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { AuditActor } from "@/lib/audit/record-audit";
import { recordAuditBatch } from "@/lib/audit/record-audit-batch";
import { emitWebhookEventsPg } from "@/lib/webhooks/emit-pg";

export interface MergeOptions {
  actor: AuditActor;
  fileName: string | null;
  sha256: string;
  /** Rows in the whole file, across its cases. */
  fileRows: number;
}

/** What the import did to each case. */
export interface MergedCase {
  incidentId: string;
  importId: string;
  added: number;
  changed: number;
  unchanged: number;
}

/** Writes the rows of `import_resolved`; records one import (and its audit row) per case, with what changed. */
export async function mergeImport(client: pg.Client, options: MergeOptions): Promise<MergedCase[]> {
  // One import per case at a time: a second import of the same case waits here, then sees the
  // first one's rows, so its diff is right and its inserts cannot collide.
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('casefile-series-import'), hashtext(id)) FROM (SELECT DISTINCT "incidentId" AS id FROM import_resolved ORDER BY 1) ids`);
  // Each line is added, changed or unchanged against what is stored now.
  await client.query(
    `CREATE TEMP TABLE import_merge ON COMMIT DROP AS
     SELECT r."incidentId", r.day, r.records, r.provenance,
            CASE WHEN d.day IS NULL THEN 'added' WHEN d.records = r.records AND d.provenance = r.provenance THEN 'same' ELSE 'changed' END AS kind
     FROM import_resolved r LEFT JOIN daily_record_counts d ON d."incidentId" = r."incidentId" AND d.day = r.day`,
  );
  const diff = await client.query<{ incidentId: string; added: string; changed: string; unchanged: string; rows: string }>(
    `SELECT "incidentId", count(*) FILTER (WHERE kind = 'added') AS added, count(*) FILTER (WHERE kind = 'changed') AS changed,
            count(*) FILTER (WHERE kind = 'same') AS unchanged, count(*) AS rows
     FROM import_merge GROUP BY "incidentId"`,
  );
  const cases = diff.rows.map((r) => ({ incidentId: r.incidentId, importId: randomUUID().replace(/-/g, ""), added: Number(r.added), changed: Number(r.changed), unchanged: Number(r.unchanged), rows: Number(r.rows) }));
  // One import row and one audit row per case, each set in a single statement (a file can name
  // hundreds of cases).
  const column = <K extends keyof (typeof cases)[number]>(key: K) => cases.map((c) => c[key]);
  await client.query(
    `INSERT INTO series_imports (id, "incidentId", status, "fileName", sha256, "rowCount", "daysAdded", "daysChanged", "daysSame", "createdById", "finishedAt")
     SELECT id, "incidentId", 'completed', $3, $4, rows, added, changed, same, $5, now()
     FROM unnest($1::text[], $2::text[], $6::int[], $7::int[], $8::int[], $9::int[]) AS t(id, "incidentId", rows, added, changed, same)`,
    [column("importId"), column("incidentId"), options.fileName, options.sha256, options.actor.id, column("rows"), column("added"), column("changed"), column("unchanged")],
  );
  await client.query(`CREATE TEMP TABLE import_ids ON COMMIT DROP AS SELECT * FROM unnest($1::text[], $2::text[]) AS t("incidentId", "importId")`, [column("incidentId"), column("importId")]);
  await recordAuditBatch(
    client,
    cases.map((c) => ({
      actor: options.actor,
      action: "series.imported",
      entityType: "series_import",
      entityId: c.importId,
      incidentId: c.incidentId,
      after: { fileName: options.fileName, sha256: options.sha256, rows: c.rows, added: c.added, changed: c.changed, unchanged: c.unchanged, fileRows: options.fileRows },
    })),
  );
  await emitWebhookEventsPg(client, cases.map((c) => ({ type: "series.imported", incidentId: c.incidentId, facts: { added: c.added, changed: c.changed, unchanged: c.unchanged } })));
  // A plain INSERT for new days and an UPDATE for changed ones: cheaper than INSERT … ON CONFLICT
  // for a million rows, and safe because the lock above keeps other imports of these cases out.
  if (cases.some((c) => c.added > 0)) {
    await client.query(
      `INSERT INTO daily_record_counts ("incidentId", day, records, provenance, "importId")
       SELECT r."incidentId", r.day, r.records, r.provenance, m."importId" FROM import_merge r JOIN import_ids m USING ("incidentId") WHERE r.kind = 'added'`,
    );
  }
  if (cases.some((c) => c.changed > 0)) {
    await client.query(
      `UPDATE daily_record_counts d SET records = r.records, provenance = r.provenance, "importId" = m."importId"
       FROM import_merge r JOIN import_ids m USING ("incidentId")
       WHERE r.kind = 'changed' AND d."incidentId" = r."incidentId" AND d.day = r.day`,
    );
  }
  return cases.map(({ rows: _rows, ...c }) => c);
}
