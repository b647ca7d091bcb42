// The case-file export's tables: each loads its rows for one case and names the CSV columns.
// Sections list theirs in lib/cases/sections.ts; deleted items are included, with their
// deletion date, because the file is the record.
import "server-only";
import { prisma } from "@/lib/db/prisma";
import { toDecimal } from "@/lib/money/amount";
import { citationCode } from "@/lib/legal-articles/format-citation";

export interface ExportTable {
  /** The key in case.json and the CSV's name (`<file>.csv`). */
  file: string;
  load: (incidentId: string) => Promise<Record<string, unknown>[]>;
  columns: readonly string[];
}

const table = (file: string, columns: readonly string[], load: ExportTable["load"]): ExportTable => ({ file, columns, load });

/** The library articles a row cites, as codes ("PIPA Art. 17(1)"): the import links them again where its library has them. */
const citedCodes = { orderBy: { position: "asc" }, select: { article: { select: { lawCode: true, number: true } } } } as const;
const codesOf = (links: { article: { lawCode: string; number: string } }[]) => links.map((link) => citationCode(link.article));

export const caseTables = {
  case: table(
    "incident",
    ["slug", "title", "titleKo", "summary", "investigatedOrgId", "investigated", "authorityId", "authority", "recipients", "articles", "origin", "receivedOn", "jurisdiction", "workflowState", "visibility", "conductStart", "conductEnd", "openedAt", "deletedAt", "version"],
    async (id) => {
      const { investigatedOrg, authority, recipients, legalBasisArticles, ...incident } = await prisma.incident.findUniqueOrThrow({
        where: { id },
        include: {
          investigatedOrg: true,
          authority: true,
          recipients: { where: { deletedAt: null }, include: { organization: true }, orderBy: { createdAt: "asc" } },
          legalBasisArticles: citedCodes,
        },
      });
      // Every column of the case (the import reads them back), plus the names its ids stand for.
      return [{ ...incident, investigated: investigatedOrg.name, authority: authority?.name ?? null, recipients: recipients.map((r) => r.organization.name), articles: codesOf(legalBasisArticles) }];
    },
  ),
  // Every organisation the case names (investigated, authority, recipients, parties to statements,
  // figures and sanctions), so the file's references resolve: an import matches them by slug.
  organizations: table("organizations", ["id", "slug", "name", "nameKo", "kind", "country", "description", "sector", "registrationNumber", "aliases", "aliasesKo"], async (incidentId) => {
    const { investigatedOrgId, authorityId } = await prisma.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { investigatedOrgId: true, authorityId: true } });
    const named = { some: { incidentId } };
    return prisma.organization.findMany({
      where: { OR: [{ id: { in: [investigatedOrgId, ...(authorityId ? [authorityId] : [])] } }, { recipientOf: named }, { statements: named }, { figures: named }, { sanctions: named }] },
      // The record, not this installation's merge bookkeeping (mergedIntoId, mergedAt, version).
      select: { id: true, slug: true, name: true, nameKo: true, kind: true, country: true, description: true, sector: true, registrationNumber: true, aliases: true, aliasesKo: true, createdAt: true, updatedAt: true },
      orderBy: { slug: "asc" },
    });
  }),
  figures: table(
    "figures",
    ["id", "key", "label", "labelKo", "value", "unit", "approximate", "provenance", "organizationId", "asOf", "sourceId", "note", "noteKo", "deletedAt", "version"],
    (incidentId) => prisma.incidentFigure.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" } }),
  ),
  statements: table(
    "statements",
    ["id", "organizationId", "party", "quote", "quoteKo", "wording", "statedOn", "statedPrecision", "sourceId", "context", "contextKo", "deletedAt", "version"],
    async (incidentId) =>
      (await prisma.statement.findMany({ where: { incidentId }, include: { organization: { select: { name: true } } }, orderBy: { createdAt: "asc" } })).map((s) => ({ ...s, party: s.organization.name })),
  ),
  sources: table(
    "sources",
    ["id", "kind", "title", "titleKo", "publisher", "language", "publishedOn", "publishedPrecision", "url", "note", "noteKo", "deletedAt", "version"],
    (incidentId) => prisma.source.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" } }),
  ),
  recipients: table(
    "recipients",
    ["id", "organizationId", "organization", "organizationKo", "country", "relationship", "relationshipKo", "stakePercent", "purposeClaimed", "consent", "contractCovered", "contractNote", "description", "descriptionKo", "deletedAt", "version"],
    async (incidentId) =>
      (await prisma.incidentRecipient.findMany({ where: { incidentId }, include: { organization: { select: { name: true, nameKo: true } } }, orderBy: { createdAt: "asc" } })).map((r) => ({
        ...r,
        organization: r.organization.name,
        organizationKo: r.organization.nameKo,
      })),
  ),
  findings: table("findings", ["id", "title", "titleKo", "body", "bodyKo", "severity", "status", "statusReason", "articles", "legalArticles", "evidenceRefs", "sourceId", "createdAt", "updatedAt", "deletedAt", "version"], async (incidentId) =>
    (await prisma.finding.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" }, include: { articles: citedCodes } })).map(({ articles, ...f }) => ({ ...f, articles: codesOf(articles) })),
  ),
  dataCategories: table(
    "data_categories",
    [
      "id", "name", "nameKo", "sensitivity", "consent", "purposeClaimed", "purposeClaimedKo", "sharedFrom", "sharedUntil", "protectionMethod", "hashAlgorithm", "keyHolder",
      "keyHandling", "protectionNote", "protectionNoteKo", "identifierFormat", "identifierSpace", "identifierSpaceSize", "gpuHashRate", "reversibility", "reversibilityNote", "reversibilityNoteKo", "deletedAt", "version",
    ],
    (incidentId) => prisma.dataCategory.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" } }),
  ),
  estimateRevisions: table(
    "estimate_revisions",
    ["estimateId", "estimate", "revision", "asOf", "active", "dormant", "former", "unsplit", "total", "low", "high", "provenance", "sourceId", "note", "createdAt", "estimateDeletedAt"],
    async (incidentId) =>
      (
        await prisma.estimateRevision.findMany({
          where: { estimate: { incidentId } },
          include: { estimate: { select: { label: true, deletedAt: true } } },
          orderBy: [{ estimateId: "asc" }, { revision: "asc" }],
        })
      ).map((r) => ({ ...r, estimate: r.estimate.label, estimateDeletedAt: r.estimate.deletedAt })),
  ),
  timeline: table("timeline", ["id", "occurredOn", "precision", "kind", "title", "titleKo", "description", "descriptionKo", "isPublic", "inferenceNote", "inferenceNoteKo", "sourceId", "deletedAt", "version"], (incidentId) =>
    prisma.timelineEvent.findMany({ where: { incidentId }, orderBy: { occurredOn: "asc" } }),
  ),
  recordsPerDay: table("records_per_day", ["day", "records", "provenance"], async (incidentId) =>
    (await prisma.dailyRecordCount.findMany({ where: { incidentId }, orderBy: { day: "asc" }, select: { day: true, records: true, provenance: true } })).map((d) => ({
      ...d,
      day: d.day.toISOString().slice(0, 10),
    })),
  ),
  transitions: table("state_transitions", ["id", "fromState", "toState", "reason", "actorId", "proposalId", "details", "createdAt"], (incidentId) =>
    prisma.stateTransition.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" } }),
  ),
  proposals: table("transition_proposals", ["id", "fromState", "toState", "reason", "details", "status", "proposedById", "decidedById", "decisionNote", "createdAt", "decidedAt"], (incidentId) =>
    prisma.transitionProposal.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" } }),
  ),
  deadlines: table("deadlines", ["kind", "startsAt", "dueAt", "stoppedAt", "lateDays", "ruleJurisdiction", "ruleLength", "ruleUnit", "ruleTimeZone"], (incidentId) => prisma.caseClock.findMany({ where: { incidentId }, orderBy: { startsAt: "asc" } })),
  sanctions: table(
    "sanctions",
    ["id", "type", "subjectName", "proposedAmount", "amount", "currency", "articles", "legalBasis", "decisionDate", "decisionDocRefs", "status", "appealOutcome", "appealDecidedOn", "appealDocRefs", "supersedesId", "createdAt"],
    // Amounts stay machine-readable: a plain decimal string in major units beside its currency.
    async (incidentId) =>
      (await prisma.sanction.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" }, include: { articles: citedCodes } })).map(({ amountMinor, proposedAmountMinor, articles, ...s }) => ({
        ...s,
        articles: codesOf(articles),
        proposedAmount: proposedAmountMinor === null ? null : toDecimal({ minor: proposedAmountMinor, currency: s.currency }),
        amount: amountMinor === null ? null : toDecimal({ minor: amountMinor, currency: s.currency }),
      })),
  ),
} satisfies Record<string, ExportTable>;
