import "server-only";
import { workspaceReadClient } from "@/lib/db/read-after-write";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { loadHeadlines } from "@/lib/cases/load-headlines";
import { visibleCasesSql } from "@/lib/cases/visibility";
import { clockFilterSql } from "@/lib/workflow/clock-filter-sql";
import type { ClockFilter } from "@/lib/workflow/clocks";

const CLOSED = ["closed", "dismissed"];

/** Prisma stores instants as UTC in `timestamp without time zone`; this gives Seoul's wall-clock time. */
const seoul = (column: Prisma.Sql) => Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Seoul')`;

/**
 * Everything the overview dashboard shows, limited to the cases the viewer may see, and to
 * those with an overdue or soon-due deadline when `clock` is given.
 */
export async function loadOverview(viewer: Viewer, options: { clock?: ClockFilter } = {}) {
  assertCan(viewer, "case.list");
  const visible = visibleCasesSql(viewer);
  const where = options.clock ? Prisma.sql`${visible} AND ${clockFilterSql(options.clock)}` : visible;
  // The heavy part, on the read replica when it has this user's last save (read-after-write.ts).
  const db = await workspaceReadClient();
  const [cases, byState, perMonth, medians, deadlines] = await Promise.all([
    db.$queryRaw<{ id: string; slug: string; title: string; titleKo: string | null; workflowState: string }[]>`
      SELECT i.id, i.slug, i.title, i."titleKo", i."workflowState"::text AS "workflowState" FROM incidents i WHERE ${where}`,
    db.$queryRaw<{ state: string; cases: bigint }[]>`
      SELECT i."workflowState"::text AS state, count(*)::bigint AS cases FROM incidents i WHERE ${where} GROUP BY 1`,
    db.$queryRaw<{ month: Date; opened: bigint; closed: bigint }[]>`
      WITH events AS (
        SELECT date_trunc('month', ${seoul(Prisma.sql`i."openedAt"`)})::date AS month, 1 AS opened, 0 AS closed FROM incidents i WHERE ${where}
        UNION ALL
        SELECT date_trunc('month', ${seoul(Prisma.sql`i."closedAt"`)})::date, 0, 1 FROM incidents i WHERE ${where} AND i."closedAt" IS NOT NULL),
      months AS (
        -- Every month from the first event to the last: a month with no case opened is a real zero.
        SELECT generate_series(min(month), max(month), interval '1 month')::date AS month FROM events)
      SELECT m.month, coalesce(sum(e.opened), 0)::bigint AS opened, coalesce(sum(e.closed), 0)::bigint AS closed
      FROM months m LEFT JOIN events e ON e.month = m.month GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ state: string; median: number; spells: bigint }[]>`
      WITH v AS (SELECT i.id, i."openedAt", i."workflowState", i."stateEnteredAt" FROM incidents i WHERE ${where}),
      past AS (
        SELECT s."fromState"::text AS state, s."createdAt" AS left_at,
               coalesce(lag(s."createdAt") OVER (PARTITION BY s."incidentId" ORDER BY s."createdAt"), v."openedAt") AS entered_at
        FROM state_transitions s JOIN v ON v.id = s."incidentId"),
      current AS (
        SELECT v."workflowState"::text AS state, now() AS left_at, v."stateEnteredAt" AS entered_at FROM v
        WHERE v."workflowState"::text NOT IN (${Prisma.join(CLOSED)})),
      spells AS (SELECT state, extract(epoch FROM (left_at - entered_at)) / 86400 AS days FROM past
                 UNION ALL SELECT state, extract(epoch FROM (left_at - entered_at)) / 86400 FROM current)
      SELECT state, percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::float8 AS median, count(*)::bigint AS spells
      FROM spells WHERE days >= 0 GROUP BY state`,
    db.$queryRaw<{ overdue: bigint; dueSoon: bigint }[]>`
      SELECT count(*) FILTER (WHERE ${clockFilterSql("overdue")})::bigint AS overdue,
             count(*) FILTER (WHERE ${clockFilterSql("due_soon")})::bigint AS "dueSoon"
      FROM incidents i WHERE ${visible}`,
  ]);

  const headlines = await loadHeadlines(cases.map((c) => c.id));
  let people = 0;
  let records = 0;
  for (const h of headlines.values()) {
    people += h.people?.value ?? 0;
    records += h.records?.value ?? 0;
  }
  const largest = cases
    .map((c) => ({ slug: c.slug, title: c.title, titleKo: c.titleKo, state: c.workflowState, people: headlines.get(c.id)?.people?.value ?? null, provenance: headlines.get(c.id)?.people?.provenance ?? null }))
    .filter((c) => c.people !== null)
    .sort((a, b) => (b.people ?? 0) - (a.people ?? 0))
    .slice(0, 10);

  return {
    totals: { cases: cases.length, open: cases.filter((c) => !CLOSED.includes(c.workflowState)).length, people, records },
    byState: byState.map((r) => ({ state: r.state, cases: Number(r.cases) })),
    perMonth: perMonth.map((r) => ({ month: r.month.toISOString().slice(0, 7), opened: Number(r.opened), closed: Number(r.closed) })),
    medianDays: medians.map((r) => ({ state: r.state, medianDays: Math.round(r.median * 10) / 10, spells: Number(r.spells) })),
    largest,
    /** Over every visible case, whatever the filter: how many have a deadline past or near. */
    deadlines: { overdue: Number(deadlines[0]?.overdue ?? 0), dueSoon: Number(deadlines[0]?.dueSoon ?? 0) },
  };
}

