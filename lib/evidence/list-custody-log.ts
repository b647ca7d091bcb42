// A file's chain of custody: every audit row about it (upload, each view and download, links,
// sensitivity, verifications, deletion, new versions), newest first, and the same rows worded
// for people the way the case's activity trail words them (lib/audit/describe-audit-event.ts).
import "server-only";
import { getTranslations } from "next-intl/server";
import { describeAuditEvent, type AuditEventDescription, type AuditTranslator } from "@/lib/audit/describe-audit-event";
import { loadAuditLookups } from "@/lib/audit/load-audit-lookups";
import { prisma } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n/locales";

const CUSTODY_LIMIT = 500;

export function listCustodyLog(fileId: string) {
  return prisma.auditEvent.findMany({ where: { entityType: "evidence_file", entityId: fileId }, orderBy: { id: "desc" }, take: CUSTODY_LIMIT });
}

export async function describeCustodyLog(fileId: string, locale: Locale): Promise<AuditEventDescription[]> {
  const [events, t] = await Promise.all([listCustodyLog(fileId), getTranslations({ locale })]);
  const lookups = await loadAuditLookups(events);
  const translate: AuditTranslator = Object.assign((key: string, values?: Record<string, string | number>) => t(key, values), { has: (key: string) => t.has(key) });
  return events.map((event) => describeAuditEvent(event, lookups, { t: translate, locale }));
}
