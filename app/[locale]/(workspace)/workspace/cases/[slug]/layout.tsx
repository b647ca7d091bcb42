import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { CaseHeader } from "@/components/workspace/case-header";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { getViewer } from "@/lib/auth/viewer";
import { findCaseForViewer } from "@/lib/cases/case-access";
import { loadHeadlines } from "@/lib/cases/load-headlines";
import { CASE_SECTIONS, sectionPath } from "@/lib/cases/sections";
import { localized } from "@/lib/i18n/localized";
import { daysInState } from "@/lib/workflow/clocks";
import { pageLocale } from "@/lib/i18n/page-locale";

// The case's header and tabs. Each page below checks the viewer again (and sends a visitor
// without a session to sign in with the way back).
export default async function CaseLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await pageLocale(params);
  const viewer = await getViewer();
  if (!viewer) return children;
  const found = await findCaseForViewer(viewer, slug);
  if (!found) notFound();
  const { incident, access } = found;
  const [t, headlines, openClocks] = await Promise.all([
    getTranslations("workspace"),
    loadHeadlines([incident.id]),
    prisma.caseClock.findMany({ where: { incidentId: incident.id, stoppedAt: null }, orderBy: { dueAt: "asc" }, select: { id: true, kind: true, dueAt: true } }),
  ]);
  const headline = headlines.get(incident.id) ?? { people: null, records: null };
  return (
    <div className="space-y-6">
      <CaseHeader
        title={localized(locale, incident.title, incident.titleKo)}
        state={incident.workflowState}
        visibility={incident.visibility}
        isDemo={incident.isDemo}
        headline={headline}
        period={{ start: incident.conductStart, startPrecision: incident.conductStartPrecision, end: incident.conductEnd, endPrecision: incident.conductEndPrecision }}
        tabs={CASE_SECTIONS.filter((s) => can(viewer, s.view, access)).map((s) => ({ key: s.key, labelKey: s.labelKey, href: sectionPath(slug, s) }))}
        daysInState={daysInState(incident.stateEnteredAt, new Date())}
        openClocks={openClocks}
        locale={locale}
      />
      {/* Said once, for whoever may change nothing in any section (an administrator, read-only). */}
      {CASE_SECTIONS.some((s) => s.edit !== null && can(viewer, s.edit, access)) ? null : (
        <p className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-700 print:hidden" data-testid="read-only-note">
          {t(can(viewer, "assignment.manage") ? "readOnlyNoteStaffing" : "readOnlyNote")}
        </p>
      )}
      {children}
    </div>
  );
}
