import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/auth/permissions";
import { checkCategory } from "@/lib/data-categories/check-category";
import { DEFAULT_CATEGORY_FIELDS, defaultSelectionOf } from "./build-snapshot";
import { toDecimal } from "@/lib/money/amount";
import { loadKoreanCandidates } from "./korean-candidates";
import type { PublicSnapshot } from "./snapshot";

/** What the Publish tab shows: the versions so far, the one waiting for approval, and the items that can be chosen. */
export async function getPublishing(viewer: Viewer, incidentId: string) {
  const [versions, categories, events, findings, sanctions, incident, korean] = await Promise.all([
    prisma.publicationVersion.findMany({
      where: { incidentId },
      orderBy: { number: "desc" },
      include: { proposedBy: { select: { name: true } }, decidedBy: { select: { name: true } } },
    }),
    prisma.dataCategory.findMany({ where: { incidentId, deletedAt: null }, orderBy: { createdAt: "asc" }, select: { ...DEFAULT_CATEGORY_FIELDS, name: true, nameKo: true, reversibilityNote: true, reversibilityNoteKo: true } }),
    prisma.timelineEvent.findMany({ where: { incidentId, deletedAt: null }, orderBy: { occurredOn: "asc" }, select: { id: true, title: true, titleKo: true, occurredOn: true, isPublic: true, description: true, descriptionKo: true } }),
    prisma.finding.findMany({ where: { incidentId, deletedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, title: true, titleKo: true, body: true, bodyKo: true, status: true } }),
    prisma.sanction.findMany({ where: { incidentId, status: "decided" }, orderBy: { createdAt: "asc" }, select: { id: true, type: true, subjectName: true, amountMinor: true, currency: true } }),
    prisma.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { summary: true, summaryKo: true } }),
    loadKoreanCandidates(prisma, incidentId),
  ]);
  const pending = versions.find((v) => v.status === "proposed") ?? null;
  const live = versions.find((v) => v.status === "published" && v.publishedAt) ?? null;
  return {
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      status: v.status,
      proposedBy: v.proposedBy?.name ?? null,
      decidedBy: v.decidedBy?.name ?? null,
      createdAt: v.createdAt,
      publishedAt: v.publishedAt,
      publishAt: v.publishAt,
      unpublishedAt: v.unpublishedAt,
      correctionNote: v.correctionNote,
    })),
    pending: pending
      ? { id: pending.id, number: pending.number, proposedBy: pending.proposedBy?.name ?? null, isMine: pending.proposedById === viewer.id, publishAt: pending.publishAt, correctionNote: pending.correctionNote, snapshot: pending.snapshot as unknown as PublicSnapshot }
      : null,
    live: live ? { number: live.number, publishedAt: live.publishedAt, embargoed: Boolean(live.publishedAt && live.publishedAt > new Date()), snapshot: live.snapshot as unknown as PublicSnapshot } : null,
    everPublished: versions.some((v) => v.status === "published" || v.status === "unpublished"),
    defaults: defaultSelectionOf({ categories, events, findings, sanctions }),
    items: {
      // What the check says and what the inspectors found, so the regulator sees why a category is (not) ticked.
      categories: categories.map((c) => ({ id: c.id, name: c.name, nameKo: c.nameKo, reversibilityNote: c.reversibilityNote, reversibilityNoteKo: c.reversibilityNoteKo, reversibility: c.reversibility, verdict: checkCategory(c).verdict })),
      events: events.map((e) => ({ ...e, occurredOn: e.occurredOn.toISOString().slice(0, 10) })),
      findings,
      sanctions: sanctions.map(({ amountMinor, ...s }) => ({ ...s, amount: amountMinor === null ? null : toDecimal({ minor: amountMinor, currency: s.currency }) })),
      summary: incident.summary,
      summaryKo: incident.summaryKo,
    },
    /** Every public text beside its Korean: the composer lists what the chosen version would lack (missing-korean.ts). */
    korean,
  };
}

export type PublishingView = Awaited<ReturnType<typeof getPublishing>>;
