import "server-only";
import { getTranslations } from "next-intl/server";
import type { AuditTranslator } from "@/lib/audit/describe-audit-event";
import type { Locale } from "@/lib/i18n/locales";

/** next-intl's root translator in the shape the audit describer takes (as get-audit-trail.ts builds it). */
export async function auditTranslator(locale: Locale): Promise<AuditTranslator> {
  const t = await getTranslations({ locale });
  return Object.assign((key: string, values?: Record<string, string | number>) => t(key, values), { has: (key: string) => t.has(key) });
}
