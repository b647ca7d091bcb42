// The SQL of search inside evidence, built from the viewer and the search's words: visibility is
// part of the WHERE (the cases the viewer may see, and `evidence.download` there: see below), deleted files never
// match, every word (lowercased by searchWords) is a bound LIKE pattern on the page's lowercased
// text (the trigram index evidence_pages_text_trgm serves each one, Korean included), and the
// snippet is cut in SQL so whole pages never leave the database. Not server-only, so the benchmark runs the very same statements through `pg`.
import { Prisma } from "@/lib/generated/prisma/client";
import { can, type Action, type Viewer } from "@/lib/auth/permissions";
import { toLikePattern } from "@/lib/cases/case-list-query";
import { visibleCasesSql } from "@/lib/cases/visibility";

/** Characters of page text shown before the first hit; the snippet is SNIPPET_LENGTH long in all. */
const SNIPPET_LEAD = 80;
const SNIPPET_LENGTH = 220;

/**
 * Whose files' text the viewer may read, off the permission table (as caseScope is for cases).
 * A snippet is the file's content, so it takes `evidence.download` (the bytes), not
 * `evidence.view` (the records only: an administrator has that one and not this).
 */
export const EVIDENCE_TEXT_ACTION = "evidence.download" satisfies Action;

function evidenceScope(viewer: Viewer): "all" | "assigned" | "none" {
  if (can(viewer, EVIDENCE_TEXT_ACTION, { assignedUserIds: [] })) return "all";
  if (can(viewer, EVIDENCE_TEXT_ACTION, { assignedUserIds: [viewer.id] })) return "assigned";
  return "none";
}

/** `incidentId` (a column) is a case whose files' text the viewer may read; the case's own visibility is checked apart. */
function evidenceScopeSql(viewer: Viewer, incidentId: Prisma.Sql): Prisma.Sql {
  switch (evidenceScope(viewer)) {
    case "all":
      return Prisma.sql`TRUE`;
    case "assigned":
      return Prisma.sql`EXISTS (SELECT 1 FROM case_assignments ea WHERE ea."incidentId" = ${incidentId} AND ea."userId" = ${viewer.id})`;
    case "none":
      return Prisma.sql`FALSE`;
  }
}

/** Every word (already lowercase) somewhere on the page `p`, case-insensitively. */
function pageMatchSql(words: readonly string[]): Prisma.Sql {
  return Prisma.join(
    words.map((w) => Prisma.sql`p."textLower" LIKE ${toLikePattern(w)}`),
    " AND ",
  );
}

/** Live files (alias f) that the viewer may read, with their pages (alias p) that hold every word. */
function matchSql(viewer: Viewer, words: readonly string[]): Prisma.Sql {
  return Prisma.sql`f."deletedAt" IS NULL AND ${evidenceScopeSql(viewer, Prisma.sql`f."incidentId"`)} AND ${pageMatchSql(words)}`;
}

export interface EvidenceHitRow {
  fileId: string;
  caseSlug: string;
  title: string;
  titleKo: string | null;
  mediaType: string;
  page: number;
  snippet: string;
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Pages holding every word, in one case or across the viewer's cases, each with a snippet around the first word's first hit. */
export function evidenceSearchSql(viewer: Viewer, options: { words: readonly string[]; incidentId?: string; limit: number }): Prisma.Sql {
  const [first = ""] = options.words;
  const inCase = options.incidentId ? Prisma.sql`AND f."incidentId" = ${options.incidentId}` : Prisma.empty;
  // The hits are chosen and sorted without their text; the snippet is cut for the rows kept only.
  return Prisma.sql`
    SELECT h."fileId", h."caseSlug", h.title, h."titleKo", h."mediaType", h.page,
           regexp_replace(substring(t."text" FROM s.start FOR ${SNIPPET_LENGTH}), '[[:space:]]+', ' ', 'g') AS snippet,
           s.start > 1 AS "cutBefore", s.start + ${SNIPPET_LENGTH} <= length(t."text") AS "cutAfter"
    FROM (
      SELECT f.id AS "fileId", i.slug AS "caseSlug", f.title, f."titleKo", f."mediaType", p.page
      FROM evidence_pages p JOIN evidence_files f ON f.id = p."fileId" JOIN incidents i ON i.id = f."incidentId"
      WHERE ${visibleCasesSql(viewer)} AND ${matchSql(viewer, options.words)} ${inCase}
      ORDER BY f.title, f.id, p.page
      LIMIT ${options.limit}
    ) h
    JOIN evidence_pages t ON t."fileId" = h."fileId" AND t.page = h.page
    CROSS JOIN LATERAL (SELECT greatest(strpos(t."textLower", ${first}) - ${SNIPPET_LEAD}, 1) AS start) s
    ORDER BY h.title, h."fileId", h.page`;
}

/** The cases (ids) with a live file the viewer may read holding every word on one page: a branch of the case list's search. */
export function evidenceCaseIdsSql(viewer: Viewer, words: readonly string[]): Prisma.Sql {
  return Prisma.sql`SELECT f."incidentId" FROM evidence_pages p JOIN evidence_files f ON f.id = p."fileId" WHERE ${matchSql(viewer, words)}`;
}

export interface EvidenceCaseHitRow {
  incidentId: string;
  fileId: string;
  title: string;
  titleKo: string | null;
  mediaType: string;
  page: number;
}

/** For each of these cases, the first file (by title) and page holding every word: what a case-list row says. */
export function evidenceCaseHitsSql(viewer: Viewer, options: { words: readonly string[]; incidentIds: readonly string[] }): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (f."incidentId") f."incidentId", f.id AS "fileId", f.title, f."titleKo", f."mediaType", p.page
    FROM evidence_pages p JOIN evidence_files f ON f.id = p."fileId"
    WHERE f."incidentId" IN (${Prisma.join(options.incidentIds)}) AND ${matchSql(viewer, options.words)}
    ORDER BY f."incidentId", f.title, f.id, p.page`;
}
