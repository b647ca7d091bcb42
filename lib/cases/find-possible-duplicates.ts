import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/permissions";
import { conductPeriodOf, periodBounds, type ConductPeriod } from "./conduct-period";
import { duplicateReasons, SIMILAR_TITLE, type DuplicateReason } from "./duplicates";
import { visibleCasesSql } from "./visibility";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface DuplicateDraft {
  title: string;
  titleKo: string;
  organizationId: string | null;
  period: ConductPeriod;
}

export interface PossibleDuplicate {
  slug: string;
  title: string;
  titleKo: string | null;
  state: string;
  organization: { name: string; nameKo: string | null };
  reasons: DuplicateReason[];
}

interface Row {
  slug: string;
  title: string;
  titleKo: string | null;
  state: string;
  investigatedOrgId: string;
  orgName: string;
  orgNameKo: string | null;
  start: string | null;
  startPrecision: DatePrecision;
  end: string | null;
  endPrecision: DatePrecision;
  similarity: number;
  total: bigint;
}

/** The longest list the form shows; the total says how many more there are. */
const SHOWN = 10;

// A stored end known to the month or year covers the whole month or year (conduct-period.ts, periodBounds).
const STORED_FROM = Prisma.raw(`CASE i."conductStartPrecision" WHEN 'day' THEN i."conductStart" WHEN 'month' THEN date_trunc('month', i."conductStart")::date ELSE date_trunc('year', i."conductStart")::date END`);
const STORED_TO = Prisma.raw(
  `CASE i."conductEndPrecision" WHEN 'day' THEN i."conductEnd" WHEN 'month' THEN (date_trunc('month', i."conductEnd") + interval '1 month' - interval '1 day')::date ELSE (date_trunc('year', i."conductEnd") + interval '1 year' - interval '1 day')::date END`,
);

/**
 * Open cases (not closed or dismissed, not deleted, visible to the viewer) that may be the case
 * being opened: same organisation, overlapping conduct period, or a similar title in either
 * language. The SQL selects by the rule in duplicates.ts and ranks (same organisation first, then
 * the most similar title, then the newest); duplicateReasons then says why, for each one shown.
 */
export async function findPossibleDuplicates(db: Db, viewer: Viewer, draft: DuplicateDraft): Promise<{ total: number; items: PossibleDuplicate[] }> {
  const titles = [draft.title, draft.titleKo].map((t) => t.trim()).filter((t) => t.length >= 3);
  const bounds = periodBounds(draft.period);
  const similarity = titles.length
    ? Prisma.sql`greatest(${Prisma.join(titles.flatMap((t) => [Prisma.sql`similarity(i."title", ${t})`, Prisma.sql`coalesce(similarity(i."titleKo", ${t}), 0)`]))})`
    : Prisma.sql`0::real`;
  const sameOrg = draft.organizationId ? Prisma.sql`i."investigatedOrgId" = ${draft.organizationId}` : Prisma.sql`FALSE`;
  let overlaps = Prisma.sql`FALSE`;
  if (bounds) {
    const from = bounds.from ? Prisma.sql`${bounds.from}::date` : Prisma.sql`NULL::date`;
    const to = bounds.to ? Prisma.sql`${bounds.to}::date` : Prisma.sql`NULL::date`;
    overlaps = Prisma.sql`((i."conductStart" IS NOT NULL OR i."conductEnd" IS NOT NULL)
      AND (${from} IS NULL OR i."conductEnd" IS NULL OR ${from} <= ${STORED_TO})
      AND (i."conductStart" IS NULL OR ${to} IS NULL OR ${STORED_FROM} <= ${to}))`;
  }
  if (!draft.organizationId && !bounds && titles.length === 0) return { total: 0, items: [] };
  // Each open case's criteria are computed once (MATERIALIZED): the title similarity is most of
  // the cost, and written into WHERE, the ranking and the answer PostgreSQL computes it up to three
  // times per row (bench:workspace, 8,002 matches: 87 ms → 56 ms of SQL). Only the ten shown are
  // then read in full.
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH candidates AS MATERIALIZED (
      SELECT i.id, i."openedAt", (${sameOrg}) AS "sameOrg", ${similarity} AS similarity, ${overlaps} AS overlaps
      FROM incidents i
      WHERE ${visibleCasesSql(viewer)} AND i."workflowState" NOT IN ('closed', 'dismissed')
    ), shown AS (
      SELECT c.id, c."openedAt", c."sameOrg", c.similarity, count(*) OVER () AS total
      FROM candidates c
      WHERE c."sameOrg" OR c.overlaps OR c.similarity >= ${SIMILAR_TITLE}
      ORDER BY c."sameOrg" DESC, c.similarity DESC, c."openedAt" DESC, c.id
      LIMIT ${SHOWN}
    )
    SELECT i.slug, i."title", i."titleKo", i."workflowState"::text AS state, i."investigatedOrgId", o."name" AS "orgName", o."nameKo" AS "orgNameKo",
           to_char(i."conductStart", 'YYYY-MM-DD') AS start, i."conductStartPrecision"::text AS "startPrecision",
           to_char(i."conductEnd", 'YYYY-MM-DD') AS "end", i."conductEndPrecision"::text AS "endPrecision",
           s.similarity, s.total
    FROM shown s JOIN incidents i ON i.id = s.id JOIN organizations o ON o.id = i."investigatedOrgId"
    ORDER BY s."sameOrg" DESC, s.similarity DESC, s."openedAt" DESC, s.id`);
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      slug: r.slug,
      title: r.title,
      titleKo: r.titleKo,
      state: r.state,
      organization: { name: r.orgName, nameKo: r.orgNameKo },
      reasons: duplicateReasons(
        { organizationId: draft.organizationId, period: draft.period },
        { investigatedOrgId: r.investigatedOrgId, titleSimilarity: Number(r.similarity), period: { start: r.start, startPrecision: r.startPrecision, end: r.end, endPrecision: r.endPrecision } },
      ),
    })),
  };
}

/** The draft a new-case input (or the form's check) describes. */
export function draftOf(input: { title: string; titleKo: string | null; organizationId: string | null } & Parameters<typeof conductPeriodOf>[0]): DuplicateDraft {
  return { title: input.title, titleKo: input.titleKo ?? "", organizationId: input.organizationId, period: conductPeriodOf(input) };
}
