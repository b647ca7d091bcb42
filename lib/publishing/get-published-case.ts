import "server-only";
import { prisma } from "@/lib/db";
import { corrections, reviveSnapshot, type PublicSnapshot } from "./snapshot";

interface VersionRow {
  id: string;
  incidentId: string;
  number: number;
  status: "published" | "unpublished";
  snapshot: PublicSnapshot;
  publishedAt: Date;
  correctionNote: string | null;
}

/**
 * The versions that have gone out, per case: published (past any embargo) or later taken down.
 * Reads only publication_versions, never the live case tables.
 */
async function releasedVersions(filter: { slug?: string }) {
  const bySlug = filter.slug ?? null;
  return prisma.$queryRaw<VersionRow[]>`
    SELECT id, "incidentId", number, status::text AS status, snapshot, "publishedAt", "correctionNote"
    FROM publication_versions
    WHERE status IN ('published', 'unpublished') AND "publishedAt" IS NOT NULL AND "publishedAt" <= (now() AT TIME ZONE 'UTC')
      AND (${bySlug}::text IS NULL OR snapshot->>'slug' = ${bySlug}::text)
    ORDER BY "incidentId", number`;
}

/** A published case summary with its version history, or null (never published, taken down, or embargoed). */
export async function getPublishedCase(slug: string) {
  const versions = await releasedVersions({ slug });
  const current = versions.at(-1);
  if (!current || current.status !== "published") return null;
  // Every version that went out is part of the record, including one later taken down.
  const history = versions.map((v, i) => ({
    number: v.number,
    publishedAt: v.publishedAt,
    correctionNote: v.correctionNote,
    corrections: corrections(i > 0 ? (versions[i - 1]?.snapshot ?? null) : null, v.snapshot),
  }));
  return { ...reviveSnapshot(current.snapshot), version: current.number, publishedAt: current.publishedAt, history, raw: current.snapshot };
}

export type PublishedCase = NonNullable<Awaited<ReturnType<typeof getPublishedCase>>>;

/** Every case whose latest released version is published, newest publication first. */
export async function listPublishedCases() {
  const versions = await releasedVersions({});
  const latest = new Map<string, VersionRow>();
  for (const v of versions) latest.set(v.incidentId, v);
  return [...latest.values()]
    .filter((v) => v.status === "published")
    .sort((a, b) => Number(a.snapshot.isDemo) - Number(b.snapshot.isDemo) || b.publishedAt.getTime() - a.publishedAt.getTime())
    .map((v) => ({ ...reviveSnapshot(v.snapshot), version: v.number, publishedAt: v.publishedAt, raw: v.snapshot }));
}

export type PublishedCaseSummary = Awaited<ReturnType<typeof listPublishedCases>>[number];

/** Publications and corrections, newest first, for the Atom feed. */
export async function listPublicationEvents(limit = 50) {
  const versions = await releasedVersions({});
  return versions
    .filter((v) => v.status === "published")
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, limit)
    .map((v) => ({ id: v.id, number: v.number, publishedAt: v.publishedAt, correctionNote: v.correctionNote, snapshot: v.snapshot }));
}
