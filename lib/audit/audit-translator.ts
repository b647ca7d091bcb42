import "server-only";
import { getTranslations } from "next-intl/server";
import type { AuditTranslator } from "./describe-audit-event";
import type { Locale } from "@/lib/i18n/locales";

/** next-intl's root translator in the shape the audit describer takes: every readable trail (the case and global trails, the custody log, My work's recent changes) words its rows with it. */
export async function auditTranslator(locale: Locale): Promise<AuditTranslator> {
  const t = await getTranslations({ locale });
  return Object.assign((key: string, values?: Record<string, string | number>) => t(key, values), { has: (key: string) => t.has(key) });
}
