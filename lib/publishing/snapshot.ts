// A published version of a case: exactly the public fields, as JSON, picked one by one. The
// public pages, downloads and feed read only this, never the live tables. Pure: no I/O.
import type { CaseHeadline } from "@/lib/cases/load-headlines";
import type {
  ConsentStatus,
  DatePrecision,
  DocumentLanguage,
  ProtectionMethod,
  Provenance,
  ReversibilityVerdict,
  SanctionType,
  SourceKind,
  StatementWording,
  OrganizationSector,
  TimelineEventKind,
} from "@/lib/generated/prisma/enums";
import type { PublicStage } from "./public-stage";

/** What a regulator chose to publish, and the public wording where it differs from the internal one. */
export interface PublicationSelection {
  state: boolean;
  people: boolean;
  records: boolean;
  figures: boolean;
  statements: boolean;
  sources: boolean;
  series: boolean;
  dataCategoryIds: string[];
  timelineEventIds: string[];
  findingIds: string[];
  sanctionIds: string[];
  /**
   * Public wording by item: "summary", "summaryKo", "finding:<id>" (its text), "event:<id>" (its
   * description), "category:<id>" (the inspectors' note); the same key ending ":ko" is the Korean
   * wording (build-snapshot.ts, publicText).
   */
  wording: Record<string, string>;
}

type Day = string; // YYYY-MM-DD

export interface SnapshotFigure {
  value: number;
  provenance: Provenance;
  approximate: boolean;
  asOf: Day | null;
  source: string | null;
}

/** A legal article as published: its law, number as cited, titles and link (lib/legal-articles/). */
export interface PublicArticle {
  lawCode: string;
  lawName: string;
  lawNameKo: string | null;
  number: string;
  title: string | null;
  titleKo: string | null;
  url: string | null;
}

/**
 * An organisation as a published version names it: its address in Casefile (`/organisations/<slug>`),
 * its sector and country (ISO 3166-1 alpha-2) where classified. Versions published before these
 * existed carry only the names: every reader treats an absent field as not recorded.
 */
export interface PublicOrganisation {
  name: string;
  nameKo: string | null;
  slug?: string;
  sector?: OrganizationSector | null;
  country?: string | null;
}

export interface PublicSnapshot {
  schema: 1;
  slug: string;
  title: string;
  titleKo: string | null;
  summary: string;
  summaryKo: string | null;
  isDemo: boolean;
  /** The case's progress in plain words (see public-stage.ts); null when not published. */
  stage: PublicStage | null;
  investigated: PublicOrganisation;
  authority: PublicOrganisation | null;
  recipients: (PublicOrganisation & {
    id: string;
    relationship: string | null;
    /** Absent in versions published before recipients carried Korean text and a description. */
    relationshipKo?: string | null;
    description?: string | null;
    descriptionKo?: string | null;
  })[];
  /**
   * When the case reached its public milestones (KST days): the findings (the case's first step
   * into "findings issued") and the decision (the earliest decision date of a published sanction,
   * else the step that decided or dismissed it). Absent in versions published before it existed,
   * and null when the state is not published.
   */
  milestones?: { findingsOn: Day | null; decidedOn: Day | null } | null;
  period: { start: Day | null; startPrecision: DatePrecision; end: Day | null; endPrecision: DatePrecision };
  headline: {
    people: (SnapshotFigure & { split: { active: number | null; dormant: number | null; former: number | null; unsplit: number | null } }) | null;
    records: SnapshotFigure | null;
  };
  // Fields marked optional are absent in versions published before they existed.
  figures: {
    key: string;
    label: string;
    labelKo: string | null;
    value: number;
    unit: string | null;
    approximate: boolean;
    provenance: Provenance;
    asOf: Day | null;
    note: string | null;
    noteKo?: string | null;
    source: string | null;
    sourceKo?: string | null;
  }[];
  // Optional fields (?:) are absent in versions published before they existed: every reader
  // treats absent as "no text in that language" (components/cases/localized-text.tsx).
  dataCategories: {
    id: string;
    name: string;
    nameKo: string | null;
    consent: ConsentStatus;
    purposeClaimed: string | null;
    purposeClaimedKo?: string | null;
    protectionMethod: ProtectionMethod;
    reversibility: ReversibilityVerdict;
    reversibilityNote: string | null;
    reversibilityNoteKo?: string | null;
  }[];
  timeline: {
    id: string;
    occurredOn: Day;
    precision: DatePrecision;
    kind: TimelineEventKind;
    title: string;
    titleKo: string | null;
    description: string | null;
    descriptionKo?: string | null;
    inferenceNote: string | null;
    inferenceNoteKo?: string | null;
  }[];
  /** `articles`: the library articles the finding cites (absent in versions published before the library, and when none). */
  findings: { id: string; title: string; titleKo?: string | null; body: string; bodyKo?: string | null; articles?: PublicArticle[] }[];
  statements: {
    id: string;
    organization: { name: string; nameKo: string | null } | null;
    quote: string;
    quoteKo: string | null;
    /** Whether the quote is the party's own words or the source's account of them. */
    wording?: StatementWording;
    statedOn?: Day | null;
    statedPrecision?: DatePrecision;
    context: string | null;
    contextKo?: string | null;
    source?: string | null;
    sourceKo?: string | null;
  }[];
  sanctions: {
    id: string;
    type: SanctionType;
    subjectName: string;
    /** Won as a plain decimal string: the only amount of versions published before currencies; later ones keep it for KRW sanctions only. */
    amountKrw?: string | null;
    /** The amount as a plain decimal string in `currency` (read both with lib/money/stored-money.ts). */
    amount?: string | null;
    currency?: string;
    decisionDate: Day | null;
    appealOutcome: string | null;
    /** After an appeal: the amount decided before it (`amount` is then the final amount), and the appeal's day. */
    amountBeforeAppeal?: string | null;
    appealDecidedOn?: Day | null;
    /** The organisation sanctioned, when it is a record of its own (absent in earlier versions). */
    subject?: PublicOrganisation | null;
    articles?: PublicArticle[];
  }[];
  sources: {
    id: string;
    title: string;
    titleKo?: string | null;
    kind?: SourceKind;
    publisher?: string | null;
    language?: DocumentLanguage | null;
    publishedOn?: Day | null;
    publishedPrecision?: DatePrecision;
    url: string | null;
    note: string | null;
    noteKo?: string | null;
  }[];
  /** Records per month as published (for the public chart and table); absent in early versions. */
  series: { days: number; provenance: Provenance | null; months?: { month: Day; records: number; days: number; provenance: Provenance }[] };
}

const day = (value: Date | null): Day | null => (value ? value.toISOString().slice(0, 10) : null);
export const toDay = day;

const fromDay = (value: Day | null): Date | null => (value ? new Date(`${value}T00:00:00Z`) : null);

/** The snapshot with dates as Date values again, in the shape the public components render. */
export function reviveSnapshot(s: PublicSnapshot) {
  const figure = <T extends SnapshotFigure>(f: T | null) => (f ? { ...f, asOf: fromDay(f.asOf) } : null);
  return {
    ...s,
    // Versions published before stages existed carry no stage: show none rather than guess.
    stage: s.stage ?? null,
    period: { ...s.period, start: fromDay(s.period.start), end: fromDay(s.period.end) },
    headline: { people: figure(s.headline.people), records: figure(s.headline.records) } as CaseHeadline,
    recipientDetails: s.recipients,
    figures: s.figures.map((f) => ({ ...f, asOf: fromDay(f.asOf) })),
    timeline: s.timeline.map((e) => ({ ...e, occurredOn: fromDay(e.occurredOn) as Date })),
    sanctions: s.sanctions.map((x) => ({ ...x, decisionDate: fromDay(x.decisionDate) })),
    statements: s.statements.map((x) => ({ ...x, statedOn: fromDay(x.statedOn ?? null) })),
    sources: s.sources.map((x) => ({ ...x, publishedOn: fromDay(x.publishedOn ?? null) })),
  };
}

/** A headline figure that changed between two published versions: what it was, and what it is. */
export interface Correction {
  figure: "people" | "records";
  previous: number;
  current: number;
}

export function corrections(previous: PublicSnapshot | null, current: PublicSnapshot): Correction[] {
  if (!previous) return [];
  const changed: Correction[] = [];
  for (const figure of ["people", "records"] as const) {
    const before = previous.headline[figure]?.value;
    const after = current.headline[figure]?.value;
    if (before !== undefined && after !== undefined && before !== after) changed.push({ figure, previous: before, current: after });
  }
  return changed;
}
