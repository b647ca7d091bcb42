// A company's (or authority's) public page: what the published versions say about one
// organisation across cases. Pure over PublishedCaseRef[] (organisationPageOf); the page reads
// listPublishedCases (lib/public-record/public-reads.ts) and hands it here.
import type { PublicOrganisation } from "@/lib/publishing/snapshot";
import { organisationMentions, type OrganisationMention, type OrganisationRole } from "./organisation-roles";
import type { PublishedCaseRef } from "./published-case-ref";
import { publicSanctionRows, type PublicSanctionRow } from "./sanction-rows";

export interface OrganisationCase {
  case: OrganisationMention["case"];
  publishedAt: Date;
  roles: OrganisationRole[];
}

export interface OrganisationPage {
  organisation: PublicOrganisation & { slug: string };
  /** Newest publication first. */
  cases: OrganisationCase[];
  /** The sanctions it received. */
  sanctions: PublicSanctionRow[];
  /** The sanctions it decided, as an authority. */
  decided: PublicSanctionRow[];
  repeat: boolean;
}

/** Sanctioned in more than one case (several sanctions in one case are one decision, not a repeat). */
export function isRepeat(rows: readonly PublicSanctionRow[], slug: string): boolean {
  return new Set(rows.filter((r) => r.subject.slug === slug).map((r) => r.case.slug)).size > 1;
}

const ROLE_ORDER: OrganisationRole[] = ["investigated", "sanctioned", "recipient", "authority"];

export function organisationPageOf(refs: readonly PublishedCaseRef[], slug: string): OrganisationPage | null {
  const newestFirst = [...refs].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  const cases: OrganisationCase[] = [];
  let organisation: OrganisationPage["organisation"] | null = null;
  for (const ref of newestFirst) {
    const mine = organisationMentions(ref).filter((m) => m.organisation.slug === slug);
    if (mine.length === 0) continue;
    // The newest version naming it says what it is called now (names and sectors get corrected).
    organisation ??= mine[0]!.organisation;
    const roles = ROLE_ORDER.filter((role) => mine.some((m) => m.role === role));
    cases.push({ case: mine[0]!.case, publishedAt: ref.publishedAt, roles });
  }
  if (!organisation) return null;
  const rows = publicSanctionRows(refs);
  const sanctions = rows.filter((r) => r.subject.slug === slug);
  return { organisation, cases, sanctions, decided: rows.filter((r) => r.authority?.slug === slug), repeat: isRepeat(sanctions, slug) };
}
