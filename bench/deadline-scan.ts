// npm run bench:deadline-scan
//
// Issue 16's target for the deadline scan: "over 10,000 cases, under 2 s". On a fresh database
// migrated like the tests' (embedded PostgreSQL, or DATABASE_URL's server): 10,000 cases, each
// with two assigned officers (of 200), two workflow steps taken by regulators (of 20) and one
// clock (dueAt spread from 30 days ago to 335 days ahead; one in five stopped), and 100,000
// tasks (due days spread over a year, four in five open). One officer in ten wants deadlines
// mailed immediately, so the first scan also renders and queues mails.
// The real scanDeadlines() runs (`server-only` stubbed as in the tests: scripts/allow-server-only.mjs):
//   1. the first scan, when every overdue or due-soon clock and every task due tomorrow is new
//      (its notifications and mails are deleted between runs, untimed);
//   2. the hourly scan after it, when nothing is new.
// Results go to bench/results/deadline-scan.json and are copied into docs/performance.md.
import pg from "pg";
import { createTestDatabase } from "@/tests/support/test-database";
import { writeResults } from "./lib/results";
import { summarize, timeIt } from "./lib/stats";

const FIRST_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const STEADY_RUNS = Number(process.env.BENCH_RUNS ?? 20);

const DATA = `
INSERT INTO users (id, email, name, role, locale, "updatedAt")
  SELECT 'bench-reg-' || g, 'reg' || g || '@bench', 'Regulator ' || g, 'regulator', CASE WHEN g % 2 = 0 THEN 'ko' ELSE 'en' END, now() FROM generate_series(1, 20) g;
INSERT INTO users (id, email, name, role, locale, "updatedAt")
  SELECT 'bench-off-' || g, 'off' || g || '@bench', 'Officer ' || g, 'case_officer', CASE WHEN g % 2 = 0 THEN 'ko' ELSE 'en' END, now() FROM generate_series(1, 200) g;
INSERT INTO notification_preferences ("userId", kind, delivery)
  SELECT 'bench-off-' || g, 'clock_due', 'immediately' FROM generate_series(1, 200, 10) g;
INSERT INTO organizations (id, slug, name, kind, "updatedAt")
  SELECT 'bench-org-' || g, 'bench-org-' || g, 'Bench Company ' || g, 'company', now() FROM generate_series(1, 500) g;
INSERT INTO incidents (id, slug, title, summary, "investigatedOrgId", "workflowState", "openedAt", "updatedAt", visibility)
  SELECT 'bench-inc-' || g, 'bench-case-' || g, 'Bench case ' || g, 'Synthetic case for the deadline scan.', 'bench-org-' || (1 + g % 500),
         'notice_of_intent', now() - (g || ' hours')::interval, now(), 'internal'
  FROM generate_series(1, 10000) g;
INSERT INTO case_assignments ("incidentId", "userId")
  SELECT 'bench-inc-' || g, 'bench-off-' || (1 + g % 200) FROM generate_series(1, 10000) g
  UNION ALL SELECT 'bench-inc-' || g, 'bench-off-' || (1 + (g + 97) % 200) FROM generate_series(1, 10000) g;
INSERT INTO state_transitions (id, "incidentId", "fromState", "toState", "actorId", reason)
  SELECT 'bench-st-a-' || g, 'bench-inc-' || g, 'reported'::"WorkflowState", 'under_inspection'::"WorkflowState", 'bench-reg-' || (1 + g % 20), 'Opened.' FROM generate_series(1, 10000) g
  UNION ALL SELECT 'bench-st-b-' || g, 'bench-inc-' || g, 'legal_review'::"WorkflowState", 'notice_of_intent'::"WorkflowState", 'bench-reg-' || (1 + (g + 7) % 20), 'Served.' FROM generate_series(1, 10000) g;
INSERT INTO case_clocks (id, "incidentId", kind, "startsAt", "dueAt", "stoppedAt")
  SELECT 'bench-clock-' || g, 'bench-inc-' || g, CASE WHEN g % 2 = 0 THEN 'reply_window' ELSE 'appeal_window' END::"ClockKind",
         now() - interval '40 days', (now() AT TIME ZONE 'UTC') - interval '30 days' + (g % 365 || ' days')::interval + (g % 24 || ' hours')::interval,
         CASE WHEN g % 5 = 0 THEN (now() AT TIME ZONE 'UTC') END
  FROM generate_series(1, 10000) g;
INSERT INTO tasks (id, "incidentId", title, "assigneeId", "dueOn", status, "updatedAt")
  SELECT 'bench-task-' || g, 'bench-inc-' || (1 + g % 10000), 'Task ' || g, 'bench-off-' || (1 + g % 200),
         current_date - 30 + (g % 365), CASE WHEN g % 5 = 0 THEN 'done' ELSE 'open' END::"TaskStatus", now()
  FROM generate_series(1, 100000) g;
ANALYZE;
`;

async function main() {
  const database = await createTestDatabase("bench_deadline_scan");
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= "bench-only-secret-0123456789-0123456789";
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const { scanDeadlines } = await import("@/lib/notifications/scan-deadlines");
  const { prisma } = await import("@/lib/db/prisma");
  try {
    const started = performance.now();
    await db.query(DATA);
    const generation = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    const counts = (await db.query(`SELECT (SELECT count(*) FROM incidents) AS cases, (SELECT count(*) FROM case_clocks) AS clocks, (SELECT count(*) FROM case_clocks WHERE "stoppedAt" IS NULL) AS "runningClocks", (SELECT count(*) FROM tasks) AS tasks, (SELECT count(*) FROM users) AS users`)).rows[0];
    console.log(`Data: ${JSON.stringify(counts)} (generated in ${generation})`);

    const reset = () => db.query(`DELETE FROM notifications; DELETE FROM mail_messages;`);
    let written = 0;
    const firstSamples: number[] = [];
    for (let i = 0; i < FIRST_RUNS; i++) {
      await reset();
      const t0 = performance.now();
      written = await scanDeadlines(new Date());
      firstSamples.push(performance.now() - t0);
    }
    const firstCounts = (await db.query(`SELECT (SELECT count(*) FROM notifications WHERE kind = 'clock_due') AS "clockNotifications", (SELECT count(*) FROM notifications WHERE kind = 'task_due') AS "taskNotifications", (SELECT count(*) FROM mail_messages) AS mails`)).rows[0];
    console.log(`First scan: ${written} notifications ${JSON.stringify(firstCounts)}, ${JSON.stringify(summarize(firstSamples))}`);

    // The two statements alone, in a transaction rolled back each time: the scan's SQL cost.
    const { clockNotificationsSql, taskNotificationsSql } = await import("@/lib/notifications/scan-deadlines-sql");
    const sqlOnly = summarize(
      await timeIt(FIRST_RUNS, 1, async () => {
        await reset();
        await db.query("BEGIN");
        const now = new Date();
        const clocks = clockNotificationsSql(now, 7);
        const tasks = taskNotificationsSql(now, new Date(now.getTime() + 33 * 3_600_000).toISOString().slice(0, 10));
        await db.query(clocks.text, clocks.values);
        await db.query(tasks.text, tasks.values);
        await db.query("ROLLBACK");
      }),
    );
    console.log(`First scan's SQL alone: ${JSON.stringify(sqlOnly)}`);

    const steady = summarize(await timeIt(STEADY_RUNS, 2, () => scanDeadlines(new Date())));
    console.log(`Repeat scan (nothing new): ${JSON.stringify(steady)}`);

    writeResults("deadline-scan", {
      measuredAt: new Date().toISOString(),
      machine: "2-core build machine, shared, Node " + process.versions.node,
      data: counts,
      target: "under 2 s over 10,000 cases",
      firstScan: { written: firstCounts, ms: summarize(firstSamples), sqlOnlyMs: sqlOnly },
      repeatScan: { written: 0, ms: steady },
    });
  } finally {
    await prisma.$disconnect();
    await db.end();
    await database.dispose();
  }
}

await main();
