// Writes an audit row. Always called with the transaction that makes the change, so the change
// and its record commit together or not at all.
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditRow, auditRowData } from "./audit-row";

export interface AuditActor {
  /** Null for the system (seed, start-up) and for anonymous failed sign-ins. */
  id: string | null;
  /** Who, as they were at the time: an email, or "system". */
  label: string;
}

export const SYSTEM_ACTOR: AuditActor = { id: null, label: "system" };

export interface AuditEntry {
  actor: AuditActor;
  /** "<entity>.<verb>", e.g. "user.role_changed", "auth.sign_in_failed". */
  action: string;
  entityType: string;
  entityId?: string | null;
  incidentId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  ip?: string | null;
}

export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: auditRowData(auditRow(entry)) });
}
