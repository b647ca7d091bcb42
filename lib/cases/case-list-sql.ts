// The case list's SQL, built from an allow-listed query: authorization is part of the WHERE
// (a case officer's rows are only their assigned cases), every value is a bound parameter, and
// sorting uses keyset pagination on (sort key, id). Kept separate so the benchmark can run the
// very same statement through `pg` directly.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { evidenceCaseIdsSql } from "@/lib/evidence/search-evidence-sql";
import { searchWords } from "@/lib/evidence/search-words";
import { clockFilterSql } from "@/lib/workflow/clock-filter-sql";
import { visibleCasesSql } from "./visibility";
import { decodeCursor, toLikePattern, toTsQuery, type CaseListQuery, type CaseSort } from "./case-list-query";

const INCIDENT_TEXT = Prisma.raw(`coalesce(i2."title", '') || ' ' || coalesce(i2."titleKo", '') || ' ' || coalesce(i2."summary", '') || ' ' || coalesce(i2."summaryKo", '')`);
// The same expression as the findings_search_* indexes (the migration "korean_text"), so they serve it.
const FINDING_TEXT = Prisma.raw(`f."title" || ' ' || coalesce(f."titleKo", '') || ' ' || f."body" || ' ' || coalesce(f."bodyKo", '')`);

const ORDER: Record<CaseSort, { column: string; direction: "ASC" | "DESC"; cast: string }> = {
  opened_desc: { column: `i."openedAt"`, direction: "DESC", cast: "timestamp" },
  opened_asc: { column: `i."openedAt"`, direction: "ASC", cast: "timestamp" },
  updated_desc: { column: `i."updatedAt"`, direction: "DESC", cast: "timestamp" },
  title_asc: { column: `i."title"`, direction: "ASC", cast: "text" },
};

export function caseListSql(viewer: Viewer, query: CaseListQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [visibleCasesSql(viewer)];
  if (query.state.length > 0) conditions.push(Prisma.sql`i."workflowState"::text IN (${Prisma.join(query.state)})`);
  if (query.org) conditions.push(Prisma.sql`i."investigatedOrgId" = ${query.org}`);
  if (query.recipient) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM incident_recipients r WHERE r."incidentId" = i.id AND r."deletedAt" IS NULL AND r."organizationId" = ${query.recipient})`);
  if (query.category) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM data_categories c WHERE c."incidentId" = i.id AND c."deletedAt" IS NULL AND c."name" = ${query.category})`);
  }
  if (query.clock) conditions.push(clockFilterSql(query.clock));
  const dateColumn = query.dates === "closed" ? Prisma.sql`i."closedAt"` : Prisma.sql`i."openedAt"`;
  if (query.from) conditions.push(Prisma.sql`${dateColumn} >= ${new Date(`${query.from}T00:00:00+09:00`)}`);
  if (query.to) conditions.push(Prisma.sql`${dateColumn} < ${new Date(new Date(`${query.to}T00:00:00+09:00`).getTime() + 86_400_000)}`);
  const q = query.q?.trim();
  if (q) {
    const ts = toTsQuery(q);
    const like = toLikePattern(q);
    const incidentMatch = ts
      ? Prisma.sql`(to_tsvector('simple', ${INCIDENT_TEXT}) @@ to_tsquery('simple', ${ts}) OR ${INCIDENT_TEXT} ILIKE ${like})`
      : Prisma.sql`${INCIDENT_TEXT} ILIKE ${like}`;
    const findingMatch = ts
      ? Prisma.sql`(to_tsvector('simple', ${FINDING_TEXT}) @@ to_tsquery('simple', ${ts}) OR ${FINDING_TEXT} ILIKE ${like})`
      : Prisma.sql`${FINDING_TEXT} ILIKE ${like}`;
    // Matches in the case's own text, in any of its live findings, or on a page of its live
    // evidence files (every word on one page, when the viewer may read the case's evidence); each
    // side can use its full-text and trigram indexes.
    const words = searchWords(q);
    const evidenceMatch = words.length > 0 ? Prisma.sql` UNION ${evidenceCaseIdsSql(viewer, words)}` : Prisma.empty;
    conditions.push(
      Prisma.sql`i.id IN (SELECT i2.id FROM incidents i2 WHERE ${incidentMatch} UNION SELECT f."incidentId" FROM findings f WHERE f."deletedAt" IS NULL AND ${findingMatch}${evidenceMatch})`,
    );
  }
  const order = ORDER[query.sort];
  const cursor = decodeCursor(query.cursor);
  // A cursor made for another sort (or forged) may not hold a time; like any malformed cursor, it is ignored.
  const usable = cursor && (order.cast !== "timestamp" || !Number.isNaN(Date.parse(cursor.v)));
  if (cursor && usable) {
    const op = Prisma.raw(order.direction === "DESC" ? "<" : ">");
    const value = order.cast === "timestamp" ? new Date(cursor.v) : cursor.v;
    conditions.push(Prisma.sql`(${Prisma.raw(order.column)}, i.id) ${op} (${value}, ${cursor.id})`);
  }
  return Prisma.sql`
    SELECT i.id, i.slug, i."title", i."titleKo", i."workflowState"::text AS "workflowState", i."openedAt", i."updatedAt", i."isDemo", i."visibility"::text AS "visibility",
           o."name" AS "orgName", o."nameKo" AS "orgNameKo"
    FROM incidents i JOIN organizations o ON o.id = i."investigatedOrgId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${Prisma.raw(order.column)} ${Prisma.raw(order.direction)}, i.id ${Prisma.raw(order.direction)}
    LIMIT ${query.limit + 1}`;
}

export interface CaseListRow {
  id: string;
  slug: string;
  title: string;
  titleKo: string | null;
  workflowState: string;
  openedAt: Date;
  updatedAt: Date;
  isDemo: boolean;
  visibility: string;
  orgName: string;
  orgNameKo: string | null;
}

export function cursorFor(row: CaseListRow, sort: CaseSort): { v: string; id: string } {
  const v = sort === "title_asc" ? row.title : (sort === "updated_desc" ? row.updatedAt : row.openedAt).toISOString();
  return { v, id: row.id };
}
