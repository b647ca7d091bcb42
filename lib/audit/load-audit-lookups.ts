import "server-only";
import { prisma } from "@/lib/db/prisma";
import { auditLookupIds, entityKey, type AuditEntityName, type AuditEventRow, type AuditLookups } from "./describe-audit-event";

/**
 * Names for a page of audit rows: people by their current name, cases by title, and each item by
 * what people call it. One query per kind of thing on the page (at most nine, run together), never
 * one per row. Deleted items are still named: the trail is where people look for them.
 */
export async function loadAuditLookups(events: readonly AuditEventRow[]): Promise<AuditLookups> {
  const ids = auditLookupIds(events);
  const only = (set: Set<string>) => ({ id: { in: [...set] } });
  const when = <T>(set: Set<string>, query: () => Promise<T[]>) => (set.size > 0 ? query() : Promise.resolve([] as T[]));
  const { entities: e } = ids;
  const [users, cases, findings, categories, estimates, timelineEvents, sanctions, publications, proposals] = await Promise.all([
    when(ids.users, () => prisma.user.findMany({ where: only(ids.users), select: { id: true, name: true } })),
    when(ids.cases, () => prisma.incident.findMany({ where: only(ids.cases), select: { id: true, title: true, titleKo: true, slug: true } })),
    when(e.finding, () => prisma.finding.findMany({ where: only(e.finding), select: { id: true, title: true } })),
    when(e.data_category, () => prisma.dataCategory.findMany({ where: only(e.data_category), select: { id: true, name: true, nameKo: true } })),
    when(e.estimate, () => prisma.populationEstimate.findMany({ where: only(e.estimate), select: { id: true, label: true } })),
    when(e.timeline_event, () => prisma.timelineEvent.findMany({ where: only(e.timeline_event), select: { id: true, title: true, titleKo: true } })),
    when(e.sanction, () => prisma.sanction.findMany({ where: only(e.sanction), select: { id: true, type: true, subjectName: true } })),
    when(e.publication_version, () => prisma.publicationVersion.findMany({ where: only(e.publication_version), select: { id: true, number: true } })),
    when(e.transition_proposal, () => prisma.transitionProposal.findMany({ where: only(e.transition_proposal), select: { id: true, details: true } })),
  ]);
  const pair = (type: string, id: string, name: AuditEntityName): [string, AuditEntityName] => [entityKey(type, id), name];
  const named = [
    ...findings.map((f) => pair("finding", f.id, { kind: "text", text: f.title })),
    ...categories.map((c) => pair("data_category", c.id, { kind: "text", text: c.name, textKo: c.nameKo })),
    ...estimates.map((x) => pair("estimate", x.id, { kind: "text", text: x.label })),
    ...timelineEvents.map((x) => pair("timeline_event", x.id, { kind: "text", text: x.title, textKo: x.titleKo })),
    ...sanctions.map((s) => pair("sanction", s.id, { kind: "sanction", type: s.type, subject: s.subjectName })),
    ...publications.map((p) => pair("publication_version", p.id, { kind: "publication", number: p.number })),
    ...proposals.flatMap((p) => {
      const transition = transitionOf(p.details);
      return transition ? [pair("transition_proposal", p.id, { kind: "transition", transition })] : [];
    }),
  ];
  return {
    users: new Map(users.map((u) => [u.id, u.name])),
    cases: new Map(cases.map((c) => [c.id, { title: c.title, titleKo: c.titleKo, slug: c.slug }])),
    entities: new Map(named),
  };
}

function transitionOf(details: unknown): string | null {
  const value = details && typeof details === "object" && !Array.isArray(details) ? (details as Record<string, unknown>).transition : null;
  return typeof value === "string" ? value : null;
}
