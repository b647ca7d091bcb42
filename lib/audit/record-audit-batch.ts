// Writes many audit rows in one statement, inside the caller's transaction: either a Prisma
// transaction client, or a raw `pg` connection that has a transaction open (the CSV importer,
// whose COPY needs its own connection). Both insert exactly the rows `auditRow` builds.
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditRow, auditRowData, type AuditRow } from "./audit-row";
import type { AuditEntry } from "./record-audit";

/** What the batch needs from a `pg` client (or pool client) with a transaction open. */
export interface AuditSqlClient {
  query(text: string, values: unknown[]): Promise<unknown>;
}

export async function recordAuditBatch(db: Prisma.TransactionClient | AuditSqlClient, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map(auditRow);
  if ("auditEvent" in db) await db.auditEvent.createMany({ data: rows.map(auditRowData) });
  else await db.query(AUDIT_BATCH_SQL, auditBatchParameters(rows));
}

// One array per column, unnested into rows: a single statement for any number of rows, with a
// fixed parameter count (a multi-row VALUES list would run out of parameters past 7,000 rows).
const AUDIT_BATCH_SQL = `INSERT INTO audit_events ("actorId", "actorLabel", action, "entityType", "entityId", "incidentId", before, after, ip)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::jsonb[], $9::text[])`;

/** The statement's parameters, in its column order; JSON travels as text and is cast to jsonb. */
function auditBatchParameters(rows: readonly AuditRow[]): unknown[][] {
  const json = (value: AuditRow["before"]) => (value === null ? null : JSON.stringify(value));
  return [
    rows.map((r) => r.actorId),
    rows.map((r) => r.actorLabel),
    rows.map((r) => r.action),
    rows.map((r) => r.entityType),
    rows.map((r) => r.entityId),
    rows.map((r) => r.incidentId),
    rows.map((r) => json(r.before)),
    rows.map((r) => json(r.after)),
    rows.map((r) => r.ip),
  ];
}
