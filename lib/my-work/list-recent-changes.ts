import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { describeAuditEvent, type AuditTranslator } from "@/lib/audit/describe-audit-event";
import { loadAuditLookups } from "@/lib/audit/load-audit-lookups";
import { prisma } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n/locales";
import { changePath } from "./paths";
import { daysBefore } from "./waited";

const CHANGE_DAYS = 7;

export interface RecentChange {
  id: string;
  occurredAt: { iso: string; text: string };
  actor: string;
  headline: string;
  case: { slug: string; title: string } | null;
  path: string;
}

/**
 * What others did on the cases assigned to the viewer in the last 7 days, newest first, worded as
 * the audit trail words it (describe-audit-event.ts). Rows with no actor (the system) count as
 * others. Assigned cases are ones the viewer may see; a deleted case drops out.
 */
export async function listRecentChanges(viewer: Viewer, options: { limit: number; now: Date; locale: Locale; translate: AuditTranslator }): Promise<RecentChange[]> {
  const assigned = await prisma.caseAssignment.findMany({ where: { userId: viewer.id, incident: { deletedAt: null } }, select: { incidentId: true } });
  if (assigned.length === 0) return [];
  const events = await prisma.auditEvent.findMany({
    where: {
      incidentId: { in: assigned.map((a) => a.incidentId) },
      occurredAt: { gte: daysBefore(options.now, CHANGE_DAYS) },
      OR: [{ actorId: null }, { actorId: { not: viewer.id } }],
    },
    orderBy: { id: "desc" },
    take: options.limit,
  });
  if (events.length === 0) return [];
  const lookups = await loadAuditLookups(events);
  return events.map((event) => {
    const described = describeAuditEvent(event, lookups, { t: options.translate, locale: options.locale });
    const slug = described.caseRef?.slug;
    return {
      id: described.id,
      occurredAt: described.occurredAt,
      actor: described.actor,
      headline: described.headline,
      case: described.caseRef,
      path: slug ? changePath(slug, event) : "/workspace/my-work",
    };
  });
}
