// Writes an audit row. Always called with the transaction that makes the change, so the change
// and its record commit together or not at all.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import type { AuditAction, AuditEntityType } from "./audit-actions";
import { auditRow, auditRowData } from "./audit-row";
import { takeRequestAudit } from "./request-audit";

export interface AuditActor {
  /** Null for the system (seed, start-up) and for anonymous failed sign-ins. */
  id: string | null;
  /** Who, as they were at the time: an email, or "system". */
  label: string;
}

export const SYSTEM_ACTOR: AuditActor = { id: null, label: "system" };

/** A signed-in user as the audit trail records them. */
export const actorOf = (viewer: Viewer): AuditActor => ({ id: viewer.id, label: viewer.email });

export interface AuditEntry {
  actor: AuditActor;
  /** "<kind>.<verb>", e.g. "user.role_changed", "auth.sign_in_failed": one of AUDIT_ACTIONS. */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  incidentId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  ip?: string | null;
}

/** Writes the row in `tx` and answers its id (for a record that a later step refers back to, e.g. an undo). */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<bigint> {
  // An API request's own row (lib/audit/request-audit.ts) joins the first change it makes.
  const owed = takeRequestAudit();
  if (owed) await tx.auditEvent.create({ data: auditRowData(auditRow(owed)), select: { id: true } });
  return (await tx.auditEvent.create({ data: auditRowData(auditRow(entry)), select: { id: true } })).id;
}
