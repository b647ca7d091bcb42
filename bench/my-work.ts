// npm run bench:my-work
//
// Issue 16's My-work target, measured on the real stack (embedded PostgreSQL, production build, a
// signed-in regulator): the 10,000-case benchmark data set (the same generator as
// bench/case-workspace.ts) with 100,000 tasks, 1,000,000 notifications, 20,000 comments with
// mentions, 300,000 audit rows, a running clock per case and 1,300 proposals waiting.
//   1. /en/workspace/my-work rendered on the server (every section, the authority's deadlines
//      and the header badge): target median under 150 ms over 50 runs after warm-up.
//   2. The inbox's first page, and the overview with the authority's deadlines, for reference.
// Results go to bench/results/my-work.json and are copied into docs/performance.md.
import pg from "pg";
import { EMBEDDED_PG_MAJOR } from "@/scripts/db/embedded-postgres";
import { embeddedUrl, readEmbeddedState } from "@/scripts/db/embedded-runtime";
import { demoPassword, signIn, startApp } from "./lib/app-server";
import { BENCH_CASES_SQL } from "./lib/bench-cases";
import { writeResults } from "./lib/results";
import { summarize, timeIt } from "./lib/stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARMUP = 5;
const DATA_DIR = ".data/bench-my-work";
const EMAIL = "regulator@casefile.demo";

// Ends with VACUUM ANALYZE: the state autovacuum keeps a live database in (statistics, and the
// visibility map that lets the audit-trail probes read the index alone).
// $1 is the regulator's id: 100 cases are assigned to them, 1,000 tasks and 10,000 notifications
// are theirs, 500 comments mention them. Everything else belongs to 200 bench officers.
const GENERATE = `
${BENCH_CASES_SQL}INSERT INTO users (id, email, name, role, "updatedAt")
  SELECT 'bench-u-' || g, 'bench-officer-' || g || '@bench.casefile', 'Bench Officer ' || g, 'case_officer', now() FROM generate_series(1, 200) g;
INSERT INTO case_assignments ("incidentId", "userId")
  SELECT 'bench-inc-' || g, 'bench-u-' || (1 + g % 200) FROM generate_series(1, 10000) g;
INSERT INTO case_assignments ("incidentId", "userId")
  SELECT 'bench-inc-' || (g * 100), $1 FROM generate_series(1, 100) g;
INSERT INTO transition_proposals (id, "incidentId", "fromState", "toState", reason, details, status, "proposedById", "createdAt")
  SELECT 'bench-tp-' || g, 'bench-inc-' || (g * 10), 'reported', 'dismissed', 'Bench proposal', '{"transition":"dismiss"}', 'pending', 'bench-u-' || (1 + g % 200), now() - (g || ' hours')::interval
  FROM generate_series(1, 1000) g;
INSERT INTO publication_versions (id, "incidentId", number, status, snapshot, "proposedById", "createdAt")
  SELECT 'bench-pv-' || g, 'bench-inc-' || (g * 30 + 1), 1, 'proposed', '{}', 'bench-u-' || (1 + g % 200), now() - (g || ' hours')::interval
  FROM generate_series(1, 300) g;
INSERT INTO case_clocks (id, "incidentId", kind, "startsAt", "dueAt")
  SELECT 'bench-ck-' || g, 'bench-inc-' || g, 'reply_window', now() - interval '40 days', now() + ((g % 90) - 30 || ' days')::interval
  FROM generate_series(1, 10000) g;
INSERT INTO tasks (id, "incidentId", title, "assigneeId", "dueOn", status, "createdAt", "updatedAt")
  SELECT 'bench-t-' || g, 'bench-inc-' || (1 + g % 10000), 'Bench task ' || g,
         CASE WHEN g % 100 = 0 THEN $1 ELSE 'bench-u-' || (1 + g % 200) END,
         current_date + (g % 60) - 20, (ARRAY['open','open','done','cancelled']::"TaskStatus"[])[1 + g % 4], now(), now()
  FROM generate_series(1, 100000) g;
INSERT INTO comments (id, "incidentId", "authorId", body, "createdAt")
  SELECT 'bench-c-' || g, 'bench-inc-' || (1 + g % 10000), 'bench-u-' || (1 + g % 200), 'Bench comment ' || g, now() - ((g % 600) || ' hours')::interval
  FROM generate_series(1, 20000) g;
INSERT INTO comment_mentions ("commentId", "userId", "createdAt")
  SELECT 'bench-c-' || g, CASE WHEN g % 40 = 0 THEN $1 ELSE 'bench-u-' || (1 + (g + 7) % 200) END, now() - ((g % 600) || ' hours')::interval
  FROM generate_series(1, 20000) g;
INSERT INTO notifications (id, "recipientId", kind, "incidentId", path, params, "createdAt", "readAt")
  SELECT 'bench-n-' || g, CASE WHEN g % 100 = 0 THEN $1 ELSE 'bench-u-' || (1 + g % 200) END,
         (enum_range(NULL::"NotificationKind"))[1 + g % 8], 'bench-inc-' || (1 + g % 10000), '/workspace/cases/bench-case-' || (1 + g % 10000),
         '{}', now() - ((g % 5000) || ' minutes')::interval, CASE WHEN g % 2 = 0 THEN now() END
  FROM generate_series(1, 1000000) g;
INSERT INTO audit_events ("occurredAt", "actorId", "actorLabel", action, "entityType", "entityId", "incidentId", after)
  SELECT now() - ((g % 2160) || ' hours')::interval, 'bench-u-' || (1 + g % 200), 'bench', 'incident.updated', 'incident', 'bench-inc-' || (1 + g % 9000), 'bench-inc-' || (1 + g % 9000), '{"title":"Bench"}'
  FROM generate_series(1, 300000) g;
VACUUM ANALYZE;
`;

async function ensureData(client: pg.Client, regulatorId: string) {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM notifications WHERE id LIKE 'bench-n-%'`);
  if (Number(rows[0]?.n) >= 1_000_000) return "already present";
  const started = performance.now();
  // One statement per line: pg's extended protocol (needed for $1) takes one statement at a time.
  for (const statement of GENERATE.split(";\n").map((s) => s.trim()).filter(Boolean)) {
    await client.query(statement, statement.includes("$1") ? [regulatorId] : []);
  }
  return `generated in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

async function main() {
  const app = await startApp({ dataDir: DATA_DIR, port: Number(process.env.BENCH_PORT ?? 3205) });
  const state = readEmbeddedState(app.dataDir);
  if (!state?.port) throw new Error("The embedded server is not running");
  const db = new pg.Client({ connectionString: embeddedUrl(state) });
  await db.connect();
  try {
    const regulatorId = (await db.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [EMAIL])).rows[0]?.id ?? "";
    const generation = await ensureData(db, regulatorId);
    const counts = (
      await db.query(
        `SELECT (SELECT count(*) FROM incidents) AS incidents, (SELECT count(*) FROM tasks) AS tasks, (SELECT count(*) FROM notifications) AS notifications,
                (SELECT count(*) FROM comment_mentions) AS mentions, (SELECT count(*) FROM audit_events) AS "auditRows",
                (SELECT count(*) FROM transition_proposals WHERE status = 'pending') + (SELECT count(*) FROM publication_versions WHERE status = 'proposed') AS waiting`,
      )
    ).rows[0];
    console.log(`Data: ${JSON.stringify(counts)} (${generation})`);

    const cookie = await signIn(app.baseUrl, EMAIL, demoPassword(app.dataDir, EMAIL));
    const get = (path: string) => async () => {
      const response = await fetch(`${app.baseUrl}${path}`, { headers: { Cookie: cookie } });
      if (response.status !== 200) throw new Error(`${path} ${response.status}`);
      return response.text();
    };
    const html = await get("/en/workspace/my-work")();
    const badge = /data-testid="my-work-badge"[^>]*>([^<]+)</.exec(html)?.[1] ?? null;
    const myWork = await timeIt(RUNS, WARMUP, get("/en/workspace/my-work"));
    const inbox = await timeIt(RUNS, WARMUP, get("/en/workspace/inbox"));
    const overview = await timeIt(RUNS, WARMUP, get("/en/workspace/overview"));

    writeResults("my-work", {
      measuredAt: new Date().toISOString(),
      machine: `2-core build machine, Node ${process.versions.node}, embedded PostgreSQL ${EMBEDDED_PG_MAJOR}`,
      data: counts,
      badge,
      myWork: { url: "/en/workspace/my-work", ms: summarize(myWork), target: "median under 150 ms" },
      inbox: { url: "/en/workspace/inbox", ms: summarize(inbox) },
      overview: { url: "/en/workspace/overview", ms: summarize(overview) },
    });
  } finally {
    await db.end();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
