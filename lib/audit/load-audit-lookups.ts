import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_ITEM_NAMES } from "./audit-fields";
import { auditLookupIds, entityKey, type AuditEntityName, type AuditEventRow, type AuditLookups } from "./describe-audit-event";

type NamedRow = Record<string, string | null> & { id: string };
/** The part of a Prisma delegate a name lookup calls; every model in AUDIT_ITEM_NAMES has it. */
type NameDelegate = { findMany(args: { where: object; select: Record<string, true> }): Promise<NamedRow[]> };

/**
 * Names for a page of audit rows: people by their current name, cases by title, and each item by
 * what people call it. One query per kind of thing on the page (run together), never one per
 * row. Deleted items are still named: the trail is where people look for them.
 */
export async function loadAuditLookups(events: readonly AuditEventRow[]): Promise<AuditLookups> {
  const ids = auditLookupIds(events);
  const only = (set: Set<string>) => ({ id: { in: [...set] } });
  const when = <T>(set: Set<string>, query: () => Promise<T[]>) => (set.size > 0 ? query() : Promise.resolve([] as T[]));
  const { entities: e } = ids;
  const items = Object.entries(AUDIT_ITEM_NAMES).map(async ([type, spec]) => {
    const set = e[type as keyof typeof AUDIT_ITEM_NAMES];
    // The one unchecked step: AUDIT_ITEM_NAMES names the model that holds the entity type.
    const delegate = prisma[spec.model as keyof Prisma.TransactionClient] as unknown as NameDelegate;
    const textKo = "textKo" in spec ? spec.textKo : null;
    const rows = await when(set, () => delegate.findMany({ where: only(set), select: { id: true, [spec.text]: true, ...(textKo ? { [textKo]: true } : {}) } }));
    return rows.map((row) => pair(type, row.id, { kind: "text", text: row[spec.text] ?? "", textKo: textKo ? row[textKo] : null }));
  });
  const [users, cases, sanctions, publications, proposals, recipients, named] = await Promise.all([
    when(ids.users, () => prisma.user.findMany({ where: only(ids.users), select: { id: true, name: true } })),
    when(ids.cases, () => prisma.incident.findMany({ where: only(ids.cases), select: { id: true, title: true, titleKo: true, slug: true } })),
    when(e.sanction, () => prisma.sanction.findMany({ where: only(e.sanction), select: { id: true, type: true, subjectName: true } })),
    when(e.publication_version, () => prisma.publicationVersion.findMany({ where: only(e.publication_version), select: { id: true, number: true } })),
    when(e.transition_proposal, () => prisma.transitionProposal.findMany({ where: only(e.transition_proposal), select: { id: true, details: true } })),
    // A recipient is named by its organisation.
    when(e.recipient, () => prisma.incidentRecipient.findMany({ where: only(e.recipient), select: { id: true, organization: { select: { name: true, nameKo: true } } } })),
    Promise.all(items),
  ]);
  return {
    users: new Map(users.map((u) => [u.id, u.name])),
    cases: new Map(cases.map((c) => [c.id, { title: c.title, titleKo: c.titleKo, slug: c.slug }])),
    entities: new Map([
      ...named.flat(),
      ...sanctions.map((s) => pair("sanction", s.id, { kind: "sanction", type: s.type, subject: s.subjectName })),
      ...publications.map((p) => pair("publication_version", p.id, { kind: "publication", number: p.number })),
      ...recipients.map((r) => pair("recipient", r.id, { kind: "text", text: r.organization.name, textKo: r.organization.nameKo })),
      ...proposals.flatMap((p) => {
        const transition = transitionOf(p.details);
        return transition ? [pair("transition_proposal", p.id, { kind: "transition", transition })] : [];
      }),
    ]),
  };
}

const pair = (type: string, id: string, name: AuditEntityName): [string, AuditEntityName] => [entityKey(type, id), name];

function transitionOf(details: unknown): string | null {
  const value = details && typeof details === "object" && !Array.isArray(details) ? (details as Record<string, unknown>).transition : null;
  return typeof value === "string" ? value : null;
}
