import "server-only";
import { prisma } from "@/lib/db";
import { weakestProvenance } from "./headline";
import { loadHeadlines } from "./load-headlines";
import type { PublicCaseSummary } from "./list-public-incidents";

// Until publishing with approval exists, the public pages show cases marked public.
export async function getPublicIncident(slug: string) {
  const incident = await prisma.incident.findFirst({
    where: { slug, visibility: "public", deletedAt: null },
    include: {
      investigatedOrg: true,
      authority: true,
      recipients: { include: { organization: true } },
      figures: { include: { organization: true, source: true }, orderBy: { createdAt: "asc" } },
      dataCategories: { where: { deletedAt: null }, orderBy: { createdAt: "asc" } },
      timeline: { where: { deletedAt: null, isPublic: true }, orderBy: { occurredOn: "asc" }, include: { source: true } },
      statements: { include: { organization: true }, orderBy: { createdAt: "asc" } },
      findings: { where: { deletedAt: null, status: "confirmed" }, orderBy: { createdAt: "asc" } },
      sources: { orderBy: { publishedOn: "asc" } },
    },
  });
  if (!incident) return null;

  const [headlines, seriesStats] = await Promise.all([
    loadHeadlines([incident.id]),
    prisma.dailyRecordCount.groupBy({ by: ["provenance"], where: { incidentId: incident.id }, _count: { _all: true } }),
  ]);

  const summary: PublicCaseSummary = {
    slug: incident.slug,
    title: incident.title,
    titleKo: incident.titleKo,
    summary: incident.summary,
    summaryKo: incident.summaryKo,
    state: incident.workflowState,
    isDemo: incident.isDemo,
    investigated: incident.investigatedOrg,
    recipients: incident.recipients.map((r) => r.organization),
    period: {
      start: incident.conductStart,
      startPrecision: incident.conductStartPrecision,
      end: incident.conductEnd,
      endPrecision: incident.conductEndPrecision,
    },
    headline: headlines.get(incident.id) ?? { people: null, records: null },
  };

  return {
    ...summary,
    authority: incident.authority,
    recipientDetails: incident.recipients.map((r) => ({ ...r.organization, relationship: r.relationship })),
    figures: incident.figures
      .filter((f) => f.key !== "records_shared_total")
      .map((f) => ({
        key: f.key,
        label: f.label,
        labelKo: f.labelKo,
        value: Number(f.value),
        unit: f.unit,
        approximate: f.approximate,
        provenance: f.provenance,
        asOf: f.asOf,
        note: f.note,
        source: f.source?.title ?? null,
      })),
    dataCategories: incident.dataCategories,
    timeline: incident.timeline,
    statements: incident.statements,
    findings: incident.findings,
    sources: incident.sources,
    series: {
      days: seriesStats.reduce((n, g) => n + g._count._all, 0),
      provenance: weakestProvenance(seriesStats.map((g) => g.provenance)),
    },
  };
}

export type PublicIncident = NonNullable<Awaited<ReturnType<typeof getPublicIncident>>>;
