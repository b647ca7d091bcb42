// Which organisations a published case names, and in what role: the company pages and the
// recipients-by-country statistic read this. Only organisations the version names by their
// record (with a slug) have a page. Pure.
import type { PublicOrganisation } from "@/lib/publishing/snapshot";
import type { PublishedCaseRef } from "./published-case-ref";

export type OrganisationRole = "investigated" | "recipient" | "authority" | "sanctioned";

export interface OrganisationMention {
  role: OrganisationRole;
  organisation: PublicOrganisation & { slug: string };
  case: { slug: string; title: string; titleKo: string | null; version: number; isDemo: boolean };
}

const withSlug = (o: PublicOrganisation | null | undefined): (PublicOrganisation & { slug: string }) | null => (o?.slug ? (o as PublicOrganisation & { slug: string }) : null);

/** Every organisation the case's published version names, once per role. */
export function organisationMentions(ref: PublishedCaseRef): OrganisationMention[] {
  const c = ref.raw;
  const kase = { slug: c.slug, title: c.title, titleKo: c.titleKo, version: ref.version, isDemo: c.isDemo };
  const named: [OrganisationRole, PublicOrganisation | null | undefined][] = [
    ["investigated", c.investigated],
    ["authority", c.authority],
    ...c.recipients.map((r) => ["recipient", r] as [OrganisationRole, PublicOrganisation]),
    ...c.sanctions.map((s) => ["sanctioned", s.subject] as [OrganisationRole, PublicOrganisation | null | undefined]),
  ];
  const seen = new Set<string>();
  const mentions: OrganisationMention[] = [];
  for (const [role, o] of named) {
    const organisation = withSlug(o);
    if (!organisation || seen.has(`${role}:${organisation.slug}`)) continue;
    seen.add(`${role}:${organisation.slug}`);
    mentions.push({ role, organisation, case: kase });
  }
  return mentions;
}
