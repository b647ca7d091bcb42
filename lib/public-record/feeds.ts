// The feeds that read across published cases: the sanctions tracker's (one entry per published
// sanction) and a company's (the publications of every case naming it). Pure; the Atom itself
// is lib/publishing/atom-feed.ts.
import { formatDate } from "@/lib/format/date";
import { formatMoney } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/locales";
import { citationText } from "@/lib/legal-articles/format-citation";
import { casePageUrl, inLanguage, publicationEntries, type AtomEntry, type FeedWords, type PublicationEvent } from "@/lib/publishing/atom-feed";
import { organisationMentions, type OrganisationRole } from "./organisation-roles";
import type { PublishedCaseRef } from "./published-case-ref";
import type { PublicSanctionRow } from "./sanction-rows";

/** How many sanctions the tracker's feed carries, newest decision first. */
const SANCTIONS_FEED_LIMIT = 100;

/** The words for a sanction's type and appeal outcome (messages "workflow"). */
export interface SanctionLabels {
  type: (type: PublicSanctionRow["type"]) => string;
  outcome: (outcome: NonNullable<PublicSanctionRow["appealOutcome"]>) => string;
}

interface FeedContext {
  origin: string;
  locale: Locale;
  words: FeedWords;
}

function sanctionSummary(row: PublicSanctionRow, { locale, words, labels }: FeedContext & { labels: SanctionLabels }): string {
  const authority = row.authority ? inLanguage(locale, row.authority.name, row.authority.nameKo).text : words("noAuthority");
  const parts = [row.decisionDate ? words("decided", { authority, date: formatDate(new Date(`${row.decisionDate}T00:00:00Z`), "day", locale) }) : words("decidedUndated", { authority })];
  if (row.appealOutcome) {
    const outcome = labels.outcome(row.appealOutcome);
    parts.push(row.finalAmount ? words("appealAmount", { outcome, amount: formatMoney(row.finalAmount, locale) }) : words("appeal", { outcome }));
  }
  if (row.articles.length > 0) parts.push(words("articles", { articles: row.articles.map((a) => citationText(a, locale)).join("; ") }));
  parts.push(words("inCase", { title: inLanguage(locale, row.case.title, row.case.titleKo).text }));
  return parts.join(" ");
}

/** One entry per published sanction, in the rows' order (publicSanctionRows: newest decision first). */
export function sanctionEntries(rows: readonly PublicSanctionRow[], refs: readonly PublishedCaseRef[], context: FeedContext & { labels: SanctionLabels }): AtomEntry[] {
  const { origin, locale, words, labels } = context;
  const publishedAt = new Map(refs.map((r) => [r.raw.slug, r.publishedAt]));
  return rows.slice(0, SANCTIONS_FEED_LIMIT).map((row) => {
    const subject = inLanguage(locale, row.subject.name, row.subject.nameKo);
    const amount = row.finalAmount ?? row.amount;
    const type = labels.type(row.type);
    const title = amount ? words("sanctionTitleAmount", { subject: subject.text, type, amount: formatMoney(amount, locale) }) : words("sanctionTitle", { subject: subject.text, type });
    return {
      id: `urn:casefile:sanction:${row.case.slug}:${row.id}${locale === "en" ? "" : `:${locale}`}`,
      // The name as recorded (Korean where there is one); the rest in the feed's language.
      title: { text: title },
      url: casePageUrl(origin, locale, row.case.slug),
      updated: publishedAt.get(row.case.slug) ?? new Date(0),
      summary: { text: sanctionSummary(row, context) },
    };
  });
}

export interface CaseNaming {
  ref: PublishedCaseRef;
  roles: OrganisationRole[];
  /** The company as this case's version names it. */
  name: string;
  nameKo: string | null;
}

/** The published cases whose version names the company's record (by slug), with its roles in each. */
export function casesNaming(refs: readonly PublishedCaseRef[], slug: string): CaseNaming[] {
  return refs.flatMap((ref) => {
    const mentions = organisationMentions(ref).filter((m) => m.organisation.slug === slug);
    const first = mentions[0];
    return first ? [{ ref, roles: mentions.map((m) => m.role), name: first.organisation.name, nameKo: first.organisation.nameKo }] : [];
  });
}

/** The publications of every case naming the company, newest first, each saying its role there. */
export function organisationEntries(cases: readonly CaseNaming[], events: ReadonlyMap<string, readonly PublicationEvent[]>, context: FeedContext): AtomEntry[] {
  const { words } = context;
  return cases
    .flatMap(({ ref, roles }) => {
      const role = roles.map((r) => words(`roles.${r}`)).join(", ");
      return publicationEntries(events.get(ref.raw.slug) ?? [], context).map((e) => ({ ...e, summary: { text: words("organisationSummary", { role, summary: e.summary.text }) } }));
    })
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id));
}
