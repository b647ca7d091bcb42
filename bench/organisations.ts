// npm run bench:organisations
//
// Issue 14's performance targets, measured on the real stack (embedded PostgreSQL, production
// build, a signed-in regulator): 10,000 organisations with Korean names and aliases, one of them
// named on 500 cases in every role.
//   1. The organisation page of the organisation with 500 cases, rendered on the server: target
//      median under 150 ms.
//   2. The organisations list searched by a Korean name, rendered on the server: target median
//      under 150 ms. The same search's SQL is timed directly through `pg` beside it.
// Results go to bench/results/organisations.json and are copied into docs/performance.md.
import pg from "pg";
import { embeddedUrl, readEmbeddedState } from "@/scripts/db/embedded-runtime";
import { demoPassword, signIn, startApp } from "./lib/app-server";
import { writeResults } from "./lib/results";
import { summarize, timeIt } from "./lib/stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARMUP = 5;
const DATA_DIR = ".data/bench-organisations";
const HUB = "bench-orgs-hub";

// The hub is investigated in 200 cases, the authority in 100, a recipient in 150, a party to
// statements in 100, a sanction's subject in 100 (roles overlap on some cases: 500 in all).
const GENERATE = `
INSERT INTO organizations (id, slug, name, "nameKo", kind, sector, "registrationNumber", aliases, "aliasesKo", "updatedAt")
  SELECT 'bench-orgs-' || g, 'bench-orgs-' || g, 'Bench Company ' || g, '벤치기업' || g || ' 주식회사', 'company',
         (enum_range(NULL::"OrganizationSector"))[1 + g % 7], 'BR-' || lpad(g::text, 8, '0'),
         ARRAY['BenchCo ' || g], ARRAY['벤치' || g], now()
  FROM generate_series(1, 10000) g;
INSERT INTO organizations (id, slug, name, "nameKo", kind, sector, "updatedAt")
  VALUES ('${HUB}', '${HUB}', 'Bench Hub Payments', '벤치허브페이', 'company', 'finance', now());
INSERT INTO incidents (id, slug, title, summary, "investigatedOrgId", "authorityId", "workflowState", "openedAt", "updatedAt", visibility)
  SELECT 'bench-orgs-inc-' || g, 'bench-orgs-case-' || g, 'Organisation bench case ' || g, 'Synthetic case for the organisation benchmark.',
         CASE WHEN g <= 200 THEN '${HUB}' ELSE 'bench-orgs-' || g END,
         CASE WHEN g BETWEEN 201 AND 300 THEN '${HUB}' END,
         (enum_range(NULL::"WorkflowState"))[1 + g % 10], now() - (g || ' hours')::interval, now(), 'internal'
  FROM generate_series(1, 500) g;
INSERT INTO incident_recipients (id, "incidentId", "organizationId")
  SELECT 'bench-orgs-rcp-' || g, 'bench-orgs-inc-' || g, '${HUB}' FROM generate_series(301, 450) g;
INSERT INTO statements (id, "incidentId", "organizationId", quote)
  SELECT 'bench-orgs-st-' || g, 'bench-orgs-inc-' || g, '${HUB}', 'We complied with every rule. ' || g FROM generate_series(401, 500) g;
INSERT INTO sanctions (id, "incidentId", type, "subjectName", "subjectOrgId", "proposedAmountMinor", "updatedAt")
  SELECT 'bench-orgs-sn-' || g, 'bench-orgs-inc-' || g, 'fine', 'Bench Hub Payments', '${HUB}', 1000000 * g, now() FROM generate_series(1, 100) g;
ANALYZE;
`;

async function ensureData(client: pg.Client) {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM organizations WHERE id LIKE 'bench-orgs-%'`);
  if (Number(rows[0]?.n) >= 10_001) return "already present";
  const started = performance.now();
  await client.query(GENERATE);
  return `generated in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

async function main() {
  const app = await startApp({ dataDir: DATA_DIR, port: Number(process.env.BENCH_PORT ?? 3202) });
  const state = readEmbeddedState(app.dataDir);
  if (!state?.port) throw new Error("The embedded server is not running");
  const db = new pg.Client({ connectionString: embeddedUrl(state) });
  await db.connect();
  try {
    const generation = await ensureData(db);
    const counts = (await db.query(`SELECT (SELECT count(*) FROM organizations) AS organizations, (SELECT count(*) FROM incidents) AS incidents`)).rows[0];
    console.log(`Data: ${JSON.stringify(counts)} (${generation})`);

    const email = "regulator@casefile.demo";
    const cookie = await signIn(app.baseUrl, email, demoPassword(app.dataDir, email));
    const get = (path: string, check: (html: string) => void) => async () => {
      const response = await fetch(`${app.baseUrl}${path}`, { headers: { Cookie: cookie } });
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      check(await response.text());
    };

    const pagePath = `/en/workspace/organisations/${HUB}`;
    await get(pagePath, (html) => {
      if (!html.includes("Cases (500)")) throw new Error("The hub's page does not list 500 cases");
    })();
    const orgPage = await timeIt(RUNS, WARMUP, get(pagePath, () => undefined));

    const koreanName = "벤치기업7777";
    const listPath = `/ko/workspace/organisations?q=${encodeURIComponent(koreanName)}`;
    await get(listPath, (html) => {
      if (!html.includes("Bench Company 7777")) throw new Error("The Korean search does not find its organisation");
    })();
    const listSearch = await timeIt(RUNS, WARMUP, get(listPath, () => undefined));
    const sql = `SELECT o.id FROM organizations o WHERE o."mergedIntoId" IS NULL
      AND organization_search_text(o.name, o."nameKo", o.aliases, o."aliasesKo", o."registrationNumber") ILIKE $1 ORDER BY o.name, o.id LIMIT 25`;
    const direct = await timeIt(RUNS, WARMUP, () => db.query(sql, [`%${koreanName}%`]));
    const plan = (await db.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, [`%${koreanName}%`])).rows.map((r) => r["QUERY PLAN"]).join("\n");

    writeResults("organisations", {
      measuredAt: new Date().toISOString(),
      machine: "2-core build machine, Node " + process.versions.node,
      data: counts,
      organisationPage: { url: pagePath, cases: 500, ms: summarize(orgPage), target: "median under 150 ms" },
      listSearch: { url: listPath, ms: summarize(listSearch), directSqlMs: summarize(direct), usesTrigramIndex: plan.includes("organizations_search_trgm"), target: "median under 150 ms" },
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
