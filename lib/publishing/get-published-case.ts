import "server-only";
import { cache } from "react";
import { readClient } from "@/lib/db/read-routing";
import { Prisma } from "@/lib/generated/prisma/client";
import { cachedPublicRead } from "./public-read-cache";
import { isCaseSlug } from "@/lib/cases/slug";
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

const COLUMNS = Prisma.sql`id, "incidentId", number, status::text AS status, snapshot, "publishedAt", "correctionNote"`;
/** Versions that have gone out: published (past any embargo) or later taken down. */
const RELEASED = Prisma.sql`status IN ('published', 'unpublished') AND "publishedAt" IS NOT NULL AND "publishedAt" <= (now() AT TIME ZONE 'UTC')`;

// Every read below uses only publication_versions, never the live case tables, and goes through
// the short-lived public read cache (public-read-cache.ts). Callers never mutate the rows. They
// may come from the read replica (lib/db/read-routing.ts), which a takedown's barrier keeps honest.

/** One case's released versions, oldest first. */
function releasedVersionsOf(slug: string) {
  return cachedPublicRead(`versions:${slug}`, () =>
    readClient().$queryRaw<VersionRow[]>`
      SELECT ${COLUMNS} FROM publication_versions WHERE ${RELEASED} AND snapshot->>'slug' = ${slug} ORDER BY number`,
  );
}

/**
 * A published case summary with its version history, or null (never published, taken down, or
 * embargoed). Cached per request: the page and its metadata ask for the same case.
 */
export const getPublishedCase = cache(async (slug: string) => {
  if (!isCaseSlug(slug)) return null;
  const versions = await releasedVersionsOf(slug);
  const current = versions.at(-1);
  if (!current || current.status !== "published") return null;
  const history = historyOf(versions);
  return { ...reviveSnapshot(current.snapshot), version: current.number, publishedAt: current.publishedAt, history, raw: current.snapshot };
});

export type PublishedCase = NonNullable<Awaited<ReturnType<typeof getPublishedCase>>>;

/** Every version that went out is part of the record, including one later taken down. */
function historyOf(versions: VersionRow[]) {
  return versions.map((v, i) => ({
    number: v.number,
    publishedAt: v.publishedAt,
    correctionNote: v.correctionNote,
    corrections: corrections(i > 0 ? (versions[i - 1]?.snapshot ?? null) : null, v.snapshot),
  }));
}

/**
 * Version `number` of a published case as it went out, with what it corrected and which version
 * is current; null when the case is not published now (taken down or never out: every version
 * answers 404), or the number names no released version (embargoed, rejected, pending, absent).
 */
export const getPublishedVersion = cache(async (slug: string, number: number) => {
  if (!isCaseSlug(slug) || !Number.isSafeInteger(number) || number < 1) return null;
  const versions = await releasedVersionsOf(slug);
  const current = versions.at(-1);
  if (!current || current.status !== "published") return null;
  const history = historyOf(versions);
  const index = versions.findIndex((v) => v.number === number);
  const version = versions[index];
  const entry = history[index];
  if (!version || !entry) return null;
  return {
    ...reviveSnapshot(version.snapshot),
    version: version.number,
    publishedAt: version.publishedAt,
    correctionNote: entry.correctionNote,
    corrections: entry.corrections,
    current: { number: current.number, publishedAt: current.publishedAt },
    history,
    raw: version.snapshot,
  };
});

export type PublishedVersion = NonNullable<Awaited<ReturnType<typeof getPublishedVersion>>>;

/** Every case whose latest released version is published, newest publication first. */
export async function listPublishedCases() {
  // Only each case's latest released version is read, not its whole history.
  const latest = await cachedPublicRead("latest", () =>
    readClient().$queryRaw<VersionRow[]>`
      SELECT DISTINCT ON ("incidentId") ${COLUMNS} FROM publication_versions WHERE ${RELEASED} ORDER BY "incidentId", number DESC`,
  );
  return [...latest]
    .filter((v) => v.status === "published")
    .sort((a, b) => Number(a.snapshot.isDemo) - Number(b.snapshot.isDemo) || b.publishedAt.getTime() - a.publishedAt.getTime())
    .map((v) => ({ ...reviveSnapshot(v.snapshot), version: v.number, publishedAt: v.publishedAt, raw: v.snapshot }));
}

export type PublishedCaseSummary = Awaited<ReturnType<typeof listPublishedCases>>[number];

/** Publications and corrections, newest first, for the Atom feed. */
export async function listPublicationEvents(limit = 50) {
  const versions = await cachedPublicRead(`events:${limit}`, () =>
    readClient().$queryRaw<VersionRow[]>`
      SELECT ${COLUMNS} FROM publication_versions WHERE ${RELEASED} AND status = 'published' ORDER BY "publishedAt" DESC LIMIT ${limit}`,
  );
  return versions.map((v) => ({ id: v.id, number: v.number, publishedAt: v.publishedAt, correctionNote: v.correctionNote, snapshot: v.snapshot }));
}

/** One case's publications and corrections, newest first, for its own feed; null when it is not published now. */
export async function listCasePublicationEvents(slug: string) {
  if (!isCaseSlug(slug)) return null;
  const versions = await releasedVersionsOf(slug);
  if (versions.at(-1)?.status !== "published") return null;
  return versions
    .filter((v) => v.status === "published")
    .reverse()
    .map((v) => ({ id: v.id, number: v.number, publishedAt: v.publishedAt, correctionNote: v.correctionNote, snapshot: v.snapshot }));
}
