// A file's chain of custody: every audit row about it (upload, each view and download, links,
// sensitivity, verifications, deletion, new versions), newest first, and the same rows worded
// for people the way the case's activity trail words them (lib/audit/describe-audit-event.ts),
// each link row also naming the record it pointed at.
import "server-only";
import { auditTranslator } from "@/lib/audit/audit-translator";
import { describeAuditEvent, type AuditEventDescription } from "@/lib/audit/describe-audit-event";
import { loadAuditLookups } from "@/lib/audit/load-audit-lookups";
import { prisma } from "@/lib/db/prisma";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { linkedRecordIds, nameLinkedRecords } from "./custody-links";
import { loadTargetRecords } from "./get-evidence-file";

const CUSTODY_LIMIT = 500;

export function listCustodyLog(fileId: string) {
  return prisma.auditEvent.findMany({ where: { entityType: "evidence_file", entityId: fileId }, orderBy: { id: "desc" }, take: CUSTODY_LIMIT });
}

/** The titles of the linked records, deleted ones included (the log is where people look for them). */
async function linkedRecordTitles(ids: string[], locale: Locale): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const records = Object.values(await loadTargetRecords({ id: { in: ids } })).flat();
  return new Map(records.map((r) => [r.id, localized(locale, r.title, r.titleKo)]));
}

export async function describeCustodyLog(fileId: string, locale: Locale): Promise<AuditEventDescription[]> {
  const [events, t] = await Promise.all([listCustodyLog(fileId), auditTranslator(locale)]);
  const linkRows = events.filter((e) => e.action === "evidence.linked" || e.action === "evidence.unlinked");
  const [lookups, titles] = await Promise.all([loadAuditLookups(events), linkedRecordTitles(linkedRecordIds(linkRows), locale)]);
  const entries = events.map((event) => describeAuditEvent(event, lookups, { t, locale }));
  return nameLinkedRecords(entries, linkRows, { titles, label: t("evidence.custody.linkedRecord") });
}
