// npm run bench:workspace
//
// Issue 4's performance targets, measured on the real stack: 10,000 cases, 200,000 findings and
// 50,000 estimate revisions in the embedded PostgreSQL, the production build, a signed-in
// regulator.
//   1. GET /api/cases with one filter and one search term, against the very same SQL run directly
//      through `pg`: target within 2×.
//   2. The case page rendered on the server: target median under 150 ms.
//   3. The new-case page rendered on the server, and the new-case form's possible-duplicates check
//      (GET /api/cases/duplicates) for a draft that resembles thousands of open cases: target
//      median under 150 ms each.
// Results go to bench/results/case-workspace.json and are copied into docs/performance.md.
import pg from "pg";
import { caseListQuerySchema } from "@/lib/cases/case-list-query";
import { caseListSql } from "@/lib/cases/case-list-sql";
import { embeddedUrl, readEmbeddedState } from "@/scripts/db/embedded-runtime";
import { demoPassword, signIn, startApp } from "./lib/app-server";
import { BENCH_CASES_SQL } from "./lib/bench-cases";
import { writeResults } from "./lib/results";
import { summarize, timeIt } from "./lib/stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARMUP = 5;
const DATA_DIR = ".data/bench";

const GENERATE = `
${BENCH_CASES_SQL}INSERT INTO findings (id, "incidentId", title, body, severity, status, "legalArticles", "evidenceRefs", "updatedAt")
  SELECT 'bench-f-' || g, 'bench-inc-' || (1 + g % 10000),
         'Finding ' || g || ': ' || (ARRAY['consent was not obtained','excessive provision','weak hashing','no contract covered it'])[1 + g % 4],
         'Inspectors found ' || md5(g::text) || ' 동의 없이 제공 ' || g,
         (enum_range(NULL::"FindingSeverity"))[1 + g % 4], 'confirmed', ARRAY['Art. ' || (g % 40)], ARRAY[]::text[], now()
  FROM generate_series(1, 200000) g;
INSERT INTO population_estimates (id, "incidentId", label)
  SELECT 'bench-e-' || g, 'bench-inc-' || g, 'Affected people' FROM generate_series(1, 10000) g;
INSERT INTO estimate_revisions (id, "estimateId", revision, "asOf", active, total, provenance)
  SELECT 'bench-r-' || g, 'bench-e-' || (1 + (g - 1) % 10000), 1 + (g - 1) / 10000, date '2024-01-01' + ((g - 1) / 10000), 1000 * g, 1000 * g, 'estimated'
  FROM generate_series(1, 50000) g;
ANALYZE;
`;

async function ensureData(client: pg.Client) {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM incidents WHERE id LIKE 'bench-inc-%'`);
  if (Number(rows[0]?.n) >= 10_000) return "already present";
  const started = performance.now();
  await client.query(GENERATE);
  return `generated in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

async function main() {
  const app = await startApp({ dataDir: DATA_DIR, port: Number(process.env.BENCH_PORT ?? 3200) });
  const state = readEmbeddedState(app.dataDir);
  if (!state?.port) throw new Error("The embedded server is not running");
  const db = new pg.Client({ connectionString: embeddedUrl(state) });
  await db.connect();
  try {
    const generation = await ensureData(db);
    const counts = (await db.query(`SELECT (SELECT count(*) FROM incidents) AS incidents, (SELECT count(*) FROM findings) AS findings, (SELECT count(*) FROM estimate_revisions) AS revisions`)).rows[0];
    console.log(`Data: ${JSON.stringify(counts)} (${generation})`);

    const email = "regulator@casefile.demo";
    const cookie = await signIn(app.baseUrl, email, demoPassword(app.dataDir, email));
    const regulatorId = (await db.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email])).rows[0]?.id ?? "";

    const search = { q: "weak hashing", state: ["legal_review"] };
    const params = new URLSearchParams({ q: search.q, state: search.state[0]! });
    const apiGet = async () => {
      const response = await fetch(`${app.baseUrl}/api/cases?${params}`, { headers: { Cookie: cookie } });
      if (!response.ok) throw new Error(`API ${response.status}`);
      return response.json();
    };
    const firstPage = (await apiGet()) as { items: unknown[] };
    const sql = caseListSql({ id: regulatorId, email, name: "", role: "regulator", sessionId: "" }, caseListQuerySchema.parse(search));
    const direct = await timeIt(RUNS, WARMUP, () => db.query(sql.text, sql.values));
    const api = await timeIt(RUNS, WARMUP, apiGet);

    const page = `${app.baseUrl}/en/workspace/cases/bench-case-5000`;
    const pageGet = async () => {
      const response = await fetch(page, { headers: { Cookie: cookie } });
      if (response.status !== 200) throw new Error(`Case page ${response.status}`);
      await response.text();
    };
    const casePage = await timeIt(RUNS, WARMUP, pageGet);

    const newCasePath = "/en/workspace/cases/new";
    const newCasePage = await timeIt(RUNS, WARMUP, async () => {
      const response = await fetch(`${app.baseUrl}${newCasePath}`, { headers: { Cookie: cookie } });
      if (response.status !== 200) throw new Error(`New-case page ${response.status}`);
      await response.text();
    });

    // A draft like many open cases at once: a title close to 2,000 bench titles, a period that
    // overlaps about half of them (their conduct has no end), and the seeded organisation with the
    // most cases (the bench organisations' ids have hyphens, which no application id has).
    const org = (await db.query<{ id: string }>(`SELECT o.id FROM organizations o JOIN incidents i ON i."investigatedOrgId" = o.id WHERE o.id NOT LIKE 'bench-%' GROUP BY o.id ORDER BY count(*) DESC LIMIT 1`)).rows[0]?.id ?? "";
    const draft = new URLSearchParams({ title: "Location data shared with a partner", org, start: "2021-03-01", startPrecision: "month", end: "2021-06-30" });
    const duplicatesGet = async () => {
      const response = await fetch(`${app.baseUrl}/api/cases/duplicates?${draft}`, { headers: { Cookie: cookie } });
      if (!response.ok) throw new Error(`Duplicates ${response.status}`);
      return (await response.json()) as { total: number; items: unknown[] };
    };
    const duplicatesFound = await duplicatesGet();
    const duplicateCheck = await timeIt(RUNS, WARMUP, duplicatesGet);

    const result = {
      measuredAt: new Date().toISOString(),
      machine: "2-core build machine, Node " + process.versions.node,
      data: counts,
      caseList: {
        query: `GET /api/cases?${params}`,
        rowsOnFirstPage: firstPage.items.length,
        directSqlMs: summarize(direct),
        apiMs: summarize(api),
        ratioOfMedians: Math.round((summarize(api).median / summarize(direct).median) * 100) / 100,
        target: "API within 2× of the same SQL through pg",
      },
      casePage: { url: "/en/workspace/cases/bench-case-5000", ms: summarize(casePage), target: "median under 150 ms" },
      newCasePage: { url: newCasePath, ms: summarize(newCasePage), target: "median under 150 ms" },
      duplicateCheck: {
        query: `GET /api/cases/duplicates?${draft}`,
        matches: duplicatesFound.total,
        shown: duplicatesFound.items.length,
        ms: summarize(duplicateCheck),
        target: "median under 150 ms",
      },
    };
    writeResults("case-workspace", result);
  } finally {
    await db.end();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
