// Builds a case's public snapshot from the live tables, field by field: only what is listed here
// can ever reach a public page, and only for the items the regulator selected. (No "server-only":
// the seed publishes the reference case with it.)
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { weakestProvenance } from "@/lib/cases/headline";
import { publishedByDefault } from "@/lib/data-categories/check-category";
import { loadHeadlines } from "@/lib/cases/load-headlines";
import { toDecimal } from "@/lib/money/amount";
import { publicStage } from "./public-stage";
import { itemKeys, publicText } from "./public-text";
import { toDay, type PublicArticle, type PublicOrganisation, type PublicationSelection, type PublicSnapshot } from "./snapshot";
import { todayInSeoul } from "@/lib/validation/fields";
import { RECORDS_TOTAL_KEY } from "@/lib/figures/figure-key";

/** Readers of the public JSON written before currencies read `amountKrw`: it stays, for won only. */
const wonOnly = (s: { amountMinor: bigint | null; currency: string }) => (s.currency === "KRW" ? { amountKrw: s.amountMinor?.toString() ?? null } : {});

const decimalOf = (minor: bigint | null, currency: string) => (minor === null ? null : toDecimal({ minor, currency }));

type Db = PrismaClient | Prisma.TransactionClient;

/** What the default selection reads of each data category: enough to run the reversibility check. */
export const DEFAULT_CATEGORY_FIELDS = {
  id: true,
  reversibility: true,
  protectionMethod: true,
  keyHolder: true,
  hashAlgorithm: true,
  identifierFormat: true,
  identifierSpaceSize: true,
  gpuHashRate: true,
} satisfies Prisma.DataCategorySelect;

/** The items a case offers for publishing, as far as the default selection needs them. */
interface Candidates {
  categories: Prisma.DataCategoryGetPayload<{ select: typeof DEFAULT_CATEGORY_FIELDS }>[];
  events: { id: string; isPublic: boolean }[];
  findings: { id: string; status: string }[];
  sanctions: { id: string }[];
}

/**
 * What a careful regulator would publish by default, from rows already loaded: every data category
 * whose reversibility rests on the inspectors' result or a verdict of the check, public events,
 * confirmed findings, decided sanctions, and the rest of the case's public face.
 */
export function defaultSelectionOf({ categories, events, findings, sanctions }: Candidates): PublicationSelection {
  return {
    state: true,
    people: true,
    records: true,
    figures: true,
    statements: true,
    sources: true,
    series: true,
    dataCategoryIds: categories.filter(publishedByDefault).map((c) => c.id),
    timelineEventIds: events.filter((e) => e.isPublic).map((e) => e.id),
    findingIds: findings.filter((f) => f.status === "confirmed").map((f) => f.id),
    sanctionIds: sanctions.map((s) => s.id),
    wording: {},
  };
}

export async function defaultSelection(db: Db, incidentId: string): Promise<PublicationSelection> {
  const [categories, events, findings, sanctions] = await Promise.all([
    db.dataCategory.findMany({ where: { incidentId, deletedAt: null }, select: DEFAULT_CATEGORY_FIELDS }),
    db.timelineEvent.findMany({ where: { incidentId, deletedAt: null, isPublic: true }, select: { id: true, isPublic: true } }),
    db.finding.findMany({ where: { incidentId, deletedAt: null, status: "confirmed" }, select: { id: true, status: true } }),
    db.sanction.findMany({ where: { incidentId, status: "decided" }, select: { id: true } }),
  ]);
  return defaultSelectionOf({ categories, events, findings, sanctions });
}

/** What a published version says of an organisation: the public face of its record, nothing internal. */
function publicOrganisation(o: { slug: string; name: string; nameKo: string | null; sector: PublicOrganisation["sector"]; country: string | null }): PublicOrganisation {
  return { name: o.name, nameKo: o.nameKo, slug: o.slug, sector: o.sector ?? null, country: o.country ?? null };
}

/** The states a case is decided in: with a sanction, or dismissed. */
const DECIDING_STATES = ["sanction_decided", "dismissed"] as const;

const citedSource = { title: true, titleKo: true, deletedAt: true } as const;

/** The title of the source a figure or statement cites, in both languages; nothing for a deleted source, which is never published. */
function sourceTitles(source: { title: string; titleKo: string | null; deletedAt: Date | null } | null) {
  const live = source && !source.deletedAt ? source : null;
  return { source: live?.title ?? null, sourceKo: live?.titleKo ?? null };
}

/** The library articles an item cites, in order, with what the public page shows of them. */
const publicArticles = {
  orderBy: { position: "asc" },
  select: { article: { select: { lawCode: true, lawName: true, lawNameKo: true, number: true, title: true, titleKo: true, url: true } } },
} as const;

/** Only when the item cites some: versions without articles keep the shape they always had. */
function articlesOf(links: { article: PublicArticle }[]): { articles?: PublicArticle[] } {
  return links.length > 0 ? { articles: links.map((link) => link.article) } : {};
}

export async function buildSnapshot(db: Db, incidentId: string, selection: PublicationSelection): Promise<PublicSnapshot> {
  const incident = await db.incident.findFirstOrThrow({
    where: { id: incidentId, deletedAt: null },
    include: { investigatedOrg: true, authority: true, recipients: { where: { deletedAt: null }, include: { organization: true }, orderBy: { createdAt: "asc" } } },
  });
  const only = (ids: string[]) => ({ in: ids });
  const [headlines, figures, categories, events, findings, statements, sanctions, sources, seriesStats, months, steps] = await Promise.all([
    loadHeadlines([incidentId], db),
    selection.figures ? db.incidentFigure.findMany({ where: { incidentId, deletedAt: null }, include: { source: { select: citedSource } }, orderBy: { createdAt: "asc" } }) : [],
    db.dataCategory.findMany({ where: { incidentId, deletedAt: null, id: only(selection.dataCategoryIds) }, orderBy: { createdAt: "asc" } }),
    db.timelineEvent.findMany({ where: { incidentId, deletedAt: null, id: only(selection.timelineEventIds) }, orderBy: { occurredOn: "asc" } }),
    db.finding.findMany({ where: { incidentId, deletedAt: null, id: only(selection.findingIds) }, orderBy: { createdAt: "asc" }, include: { articles: publicArticles } }),
    selection.statements
      ? db.statement.findMany({ where: { incidentId, deletedAt: null }, include: { organization: true, source: { select: citedSource } }, orderBy: { createdAt: "asc" } })
      : [],
    db.sanction.findMany({
      where: { incidentId, status: "decided", id: only(selection.sanctionIds) },
      orderBy: { createdAt: "asc" },
      include: { articles: publicArticles, subjectOrg: true, supersedes: { select: { amountMinor: true, currency: true } } },
    }),
    selection.sources ? db.source.findMany({ where: { incidentId, deletedAt: null }, orderBy: { publishedOn: "asc" } }) : [],
    selection.series ? db.dailyRecordCount.groupBy({ by: ["provenance"], where: { incidentId }, _count: { _all: true } }) : [],
    selection.series ? db.monthlyRecordTotal.findMany({ where: { incidentId }, orderBy: { month: "asc" } }) : [],
    selection.state
      ? db.stateTransition.findMany({ where: { incidentId, toState: { in: ["findings_issued", ...DECIDING_STATES] } }, orderBy: { createdAt: "asc" }, select: { toState: true, createdAt: true, details: true } })
      : [],
  ]);
  // The day the step records (a case typed in after the fact says when the findings or the decision
  // really were), else the Seoul day the step was taken.
  const firstStep = (states: readonly string[], dayField: string) => {
    const step = steps.find((s) => states.includes(s.toState));
    if (!step) return null;
    const recorded = (step.details as Record<string, unknown> | null)?.[dayField];
    return typeof recorded === "string" && /^\d{4}-\d{2}-\d{2}$/.test(recorded) ? recorded : todayInSeoul(step.createdAt);
  };
  const decisionDays = sanctions.flatMap((s) => (s.decisionDate ? [toDay(s.decisionDate) as string] : [])).sort();
  const headline = headlines.get(incidentId);
  const words = selection.wording;
  const people = selection.people ? headline?.people : null;
  const records = selection.records ? headline?.records : null;
  const summary = publicText(words, { en: "summary", ko: "summaryKo" }, { en: incident.summary, ko: incident.summaryKo });

  return {
    schema: 1,
    slug: incident.slug,
    title: incident.title,
    titleKo: incident.titleKo,
    summary: summary.en,
    summaryKo: summary.ko,
    isDemo: incident.isDemo,
    stage: selection.state ? publicStage(incident.workflowState) : null,
    investigated: publicOrganisation(incident.investigatedOrg),
    authority: incident.authority ? publicOrganisation(incident.authority) : null,
    recipients: incident.recipients.map((r) => ({
      id: r.organization.id,
      ...publicOrganisation(r.organization),
      relationship: r.relationship,
      relationshipKo: r.relationshipKo,
      description: r.description,
      descriptionKo: r.descriptionKo,
    })),
    milestones: selection.state ? { findingsOn: firstStep(["findings_issued"], "findingsIssuedOn"), decidedOn: decisionDays[0] ?? firstStep(DECIDING_STATES, "decisionDate") } : null,
    period: { start: toDay(incident.conductStart), startPrecision: incident.conductStartPrecision, end: toDay(incident.conductEnd), endPrecision: incident.conductEndPrecision },
    headline: {
      people: people ? { value: people.value, provenance: people.provenance, approximate: people.approximate, asOf: toDay(people.asOf), source: people.source, split: people.split } : null,
      records: records ? { value: records.value, provenance: records.provenance, approximate: records.approximate, asOf: toDay(records.asOf), source: records.source } : null,
    },
    figures: figures
      .filter((f) => f.key !== RECORDS_TOTAL_KEY)
      .map((f) => ({
        key: f.key,
        label: f.label,
        labelKo: f.labelKo,
        value: Number(f.value),
        unit: f.unit,
        approximate: f.approximate,
        provenance: f.provenance,
        asOf: toDay(f.asOf),
        note: f.note,
        noteKo: f.noteKo,
        ...sourceTitles(f.source),
      })),
    dataCategories: categories.map((c) => {
      const note = publicText(words, itemKeys(`category:${c.id}`), { en: c.reversibilityNote, ko: c.reversibilityNoteKo });
      return {
        id: c.id,
        name: c.name,
        nameKo: c.nameKo,
        consent: c.consent,
        purposeClaimed: c.purposeClaimed,
        purposeClaimedKo: c.purposeClaimedKo,
        protectionMethod: c.protectionMethod,
        reversibility: c.reversibility,
        reversibilityNote: note.en,
        reversibilityNoteKo: note.ko,
      };
    }),
    timeline: events.map((e) => {
      const description = publicText(words, itemKeys(`event:${e.id}`), { en: e.description, ko: e.descriptionKo });
      return {
        id: e.id,
        occurredOn: toDay(e.occurredOn) as string,
        precision: e.precision,
        kind: e.kind,
        title: e.title,
        titleKo: e.titleKo,
        description: description.en,
        descriptionKo: description.ko,
        inferenceNote: e.inferenceNote,
        inferenceNoteKo: e.inferenceNoteKo,
      };
    }),
    findings: findings.map((f) => {
      const body = publicText(words, itemKeys(`finding:${f.id}`), { en: f.body, ko: f.bodyKo });
      return { id: f.id, title: f.title, titleKo: f.titleKo, body: body.en, bodyKo: body.ko, ...articlesOf(f.articles) };
    }),
    statements: statements.map((s) => ({
      id: s.id,
      organization: s.organization ? { name: s.organization.name, nameKo: s.organization.nameKo } : null,
      quote: s.quote,
      quoteKo: s.quoteKo,
      wording: s.wording,
      statedOn: toDay(s.statedOn),
      statedPrecision: s.statedPrecision,
      context: s.context,
      contextKo: s.contextKo,
      ...sourceTitles(s.source),
    })),
    sanctions: sanctions.map((s) => ({
      id: s.id,
      type: s.type,
      subjectName: s.subjectName,
      subject: s.subjectOrg ? publicOrganisation(s.subjectOrg) : null,
      amount: decimalOf(s.amountMinor, s.currency),
      currency: s.currency,
      ...wonOnly(s),
      decisionDate: toDay(s.decisionDate),
      appealOutcome: s.appealOutcome,
      ...(s.appealOutcome ? { amountBeforeAppeal: s.supersedes ? decimalOf(s.supersedes.amountMinor, s.supersedes.currency) : null, appealDecidedOn: toDay(s.appealDecidedOn) } : {}),
      ...articlesOf(s.articles),
    })),
    sources: sources.map((s) => ({
      id: s.id,
      title: s.title,
      titleKo: s.titleKo,
      kind: s.kind,
      publisher: s.publisher,
      language: s.language,
      publishedOn: toDay(s.publishedOn),
      publishedPrecision: s.publishedPrecision,
      url: s.url,
      note: s.note,
      noteKo: s.noteKo,
    })),
    series: {
      days: seriesStats.reduce((n, g) => n + g._count._all, 0),
      provenance: weakestProvenance(seriesStats.map((g) => g.provenance)),
      months: months.map((m) => ({ month: toDay(m.month) as string, records: Number(m.records), days: m.days, provenance: m.provenance })),
    },
  };
}
