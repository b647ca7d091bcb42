// The one shape of an audit row, built from an entry: what every writer inserts, whether through
// Prisma (`recordAudit`, `recordAuditBatch` with a transaction) or through a raw `pg` connection
// (the CSV importer, which needs one for COPY). Pure, so the row is decided in one place.
import { changedFields, type AuditJson } from "./audit-json";
import type { AuditEntry } from "./record-audit";

/** The columns of `audit_events` a writer sets; the id and `occurredAt` come from the database. */
export interface AuditRow {
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  incidentId: string | null;
  before: AuditJson | null;
  after: AuditJson | null;
  ip: string | null;
}

export function auditRow(entry: AuditEntry): AuditRow {
  const { before, after } = changedFields(entry.before, entry.after);
  return {
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    incidentId: entry.incidentId ?? null,
    before,
    after,
    ip: entry.ip ?? null,
  };
}

/** The row as Prisma's `create`/`createMany` data: an absent before/after is SQL NULL, not JSON null. */
export function auditRowData(row: AuditRow) {
  return { ...row, before: row.before ?? undefined, after: row.after ?? undefined };
}
