import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { sectionByKey, sectionPath, type SectionKey } from "@/lib/cases/sections";
import { itemKeys } from "./public-text";
import type { KoreanCandidate, KoreanField, KoreanItemKind } from "./missing-korean";
import { RECORDS_TOTAL_KEY } from "@/lib/figures/figure-key";

type Db = PrismaClient | Prisma.TransactionClient;

const SECTION_OF: Record<KoreanItemKind, SectionKey> = {
  case: "overview",
  recipient: "recipients",
  finding: "findings",
  category: "dataCategories",
  event: "timeline",
  statement: "statements",
  figure: "figures",
  source: "sources",
};

/** Sections whose items have no page of their own: the link goes to the item on the section's list. */
const LISTED_ONLY = new Set<KoreanItemKind>(["case", "recipient"]);

const pair = (field: string, en: string | null, ko: string | null, wording?: string): KoreanField =>
  wording ? { field, en, ko, wording: itemKeys(wording) } : { field, en, ko };

/**
 * Every public text of a case beside its Korean, item by item, in the order the public page shows
 * them: what missingKorean() checks against the regulator's selection. Only live items; figures
 * as the snapshot lists them (the records total is the headline, not a key figure).
 */
export async function loadKoreanCandidates(db: Db, incidentId: string): Promise<KoreanCandidate[]> {
  const live = { incidentId, deletedAt: null };
  const [incident, recipients, categories, findings, statements, figures, events, sources] = await Promise.all([
    db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { slug: true, title: true, titleKo: true, summary: true, summaryKo: true } }),
    db.incidentRecipient.findMany({ where: live, orderBy: { createdAt: "asc" }, include: { organization: { select: { name: true, nameKo: true } } } }),
    db.dataCategory.findMany({ where: live, orderBy: { createdAt: "asc" } }),
    db.finding.findMany({ where: live, orderBy: { createdAt: "asc" } }),
    db.statement.findMany({ where: live, orderBy: { createdAt: "asc" } }),
    db.incidentFigure.findMany({ where: { ...live, key: { not: RECORDS_TOTAL_KEY } }, orderBy: { createdAt: "asc" } }),
    db.timelineEvent.findMany({ where: live, orderBy: { occurredOn: "asc" } }),
    db.source.findMany({ where: live, orderBy: { publishedOn: "asc" } }),
  ]);
  const item = (kind: KoreanItemKind, id: string, [label, labelKo]: [string, string | null], fields: KoreanField[]): KoreanCandidate => {
    const section = sectionByKey(SECTION_OF[kind]);
    const href = LISTED_ONLY.has(kind) ? `${sectionPath(incident.slug, section)}${kind === "case" ? "" : `#${kind}-${id}`}` : sectionPath(incident.slug, section, id);
    return { kind, id, label, labelKo, href, fields };
  };
  const summaryWording = { en: "summary", ko: "summaryKo" };
  return [
    item("case", incidentId, [incident.title, incident.titleKo], [pair("title", incident.title, incident.titleKo), { field: "summary", en: incident.summary, ko: incident.summaryKo, wording: summaryWording }]),
    ...recipients.map((r) => item("recipient", r.id, [r.organization.name, r.organization.nameKo], [pair("relationship", r.relationship, r.relationshipKo), pair("description", r.description, r.descriptionKo)])),
    ...categories.map((c) =>
      item("category", c.id, [c.name, c.nameKo], [
        pair("name", c.name, c.nameKo),
        pair("purposeClaimed", c.purposeClaimed, c.purposeClaimedKo),
        pair("reversibilityNote", c.reversibilityNote, c.reversibilityNoteKo, `category:${c.id}`),
      ]),
    ),
    ...findings.map((f) => item("finding", f.id, [f.title, f.titleKo], [pair("title", f.title, f.titleKo), pair("body", f.body, f.bodyKo, `finding:${f.id}`)])),
    ...statements.map((s) => item("statement", s.id, [s.quote, s.quoteKo], [pair("quote", s.quote, s.quoteKo), pair("context", s.context, s.contextKo)])),
    ...figures.map((f) => item("figure", f.id, [f.label, f.labelKo], [pair("label", f.label, f.labelKo), pair("note", f.note, f.noteKo)])),
    ...events.map((e) =>
      item("event", e.id, [e.title, e.titleKo], [pair("title", e.title, e.titleKo), pair("description", e.description, e.descriptionKo, `event:${e.id}`), pair("inferenceNote", e.inferenceNote, e.inferenceNoteKo)]),
    ),
    ...sources.map((s) => item("source", s.id, [s.title, s.titleKo], [pair("title", s.title, s.titleKo), pair("note", s.note, s.noteKo)])),
  ];
}
