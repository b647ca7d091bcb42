import "server-only";
import { prisma } from "@/lib/db";
import type { DatePrecision, WorkflowState } from "@/lib/generated/prisma/enums";
import { loadHeadlines, type CaseHeadline } from "./load-headlines";

export interface PublicCaseSummary {
  slug: string;
  title: string;
  titleKo: string | null;
  summary: string;
  summaryKo: string | null;
  state: WorkflowState;
  isDemo: boolean;
  investigated: { name: string; nameKo: string | null };
  recipients: { name: string; nameKo: string | null }[];
  period: { start: Date | null; startPrecision: DatePrecision; end: Date | null; endPrecision: DatePrecision };
  headline: CaseHeadline;
}

// Until publishing with approval exists, the public pages show cases marked public.
export async function listPublicIncidents(): Promise<PublicCaseSummary[]> {
  const incidents = await prisma.incident.findMany({
    where: { visibility: "public", deletedAt: null },
    orderBy: [{ isDemo: "asc" }, { openedAt: "desc" }],
    include: {
      investigatedOrg: { select: { name: true, nameKo: true } },
      recipients: { include: { organization: { select: { name: true, nameKo: true } } } },
    },
  });
  const headlines = await loadHeadlines(incidents.map((i) => i.id));
  return incidents.map((i) => ({
    slug: i.slug,
    title: i.title,
    titleKo: i.titleKo,
    summary: i.summary,
    summaryKo: i.summaryKo,
    state: i.workflowState,
    isDemo: i.isDemo,
    investigated: i.investigatedOrg,
    recipients: i.recipients.map((r) => r.organization),
    period: { start: i.conductStart, startPrecision: i.conductStartPrecision, end: i.conductEnd, endPrecision: i.conductEndPrecision },
    headline: headlines.get(i.id) ?? { people: null, records: null },
  }));
}
