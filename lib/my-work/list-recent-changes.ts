import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { describeAuditEvent, type AuditEventRow, type AuditTranslator } from "@/lib/audit/describe-audit-event";
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
  // Per assigned case, its newest rows through audit_events_incidentId_occurredAt_idx (a few
  // index probes each), then the newest of those: never a walk back through the whole trail.
  const events = await prisma.$queryRaw<AuditEventRow[]>`
    SELECT e.id, e."occurredAt", e."actorId", e."actorLabel", e.action, e."entityType", e."entityId", e."incidentId", e.before, e.after, e.ip
    FROM case_assignments a
    JOIN incidents i ON i.id = a."incidentId" AND i."deletedAt" IS NULL
    CROSS JOIN LATERAL (
      SELECT * FROM audit_events e
      WHERE e."incidentId" = a."incidentId" AND e."occurredAt" >= ${daysBefore(options.now, CHANGE_DAYS)}
        AND e."actorId" IS DISTINCT FROM ${viewer.id}
      ORDER BY e."occurredAt" DESC, e.id DESC LIMIT ${options.limit}
    ) e
    WHERE a."userId" = ${viewer.id}
    ORDER BY e."occurredAt" DESC, e.id DESC
    LIMIT ${options.limit}`;
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
