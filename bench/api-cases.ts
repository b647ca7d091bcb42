// npm run bench:api
//
// Issue 19's API target, on the real stack: GET /api/v1/cases with a filter and a search term, on
// the 10,000-case data set (bench/lib/bench-cases.ts, the same as bench:workspace), against the
// session-based case list GET /api/cases with the same query: target within 1.2×. Both run the
// same searchCases; the API adds the token lookup, the per-token rate limit (a row in PostgreSQL)
// and the audit row of each request. Results go to bench/results/api-cases.json.
import pg from "pg";
import { API_SCOPES } from "@/lib/api-tokens/scopes";
import { generateTokenSecret, hashToken } from "@/lib/api-tokens/token-format";
import { embeddedUrl, readEmbeddedState } from "@/scripts/db/embedded-runtime";
import { demoPassword, signIn, startApp } from "./lib/app-server";
import { BENCH_CASES_SQL } from "./lib/bench-cases";
import { writeResults } from "./lib/results";
import { summarize, timeIt } from "./lib/stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const WARMUP = 10;
const DATA_DIR = ".data/bench";

async function ensureData(client: pg.Client) {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM incidents WHERE id LIKE 'bench-inc-%'`);
  if (Number(rows[0]?.n) >= 10_000) return "already present";
  const started = performance.now();
  await client.query(`${BENCH_CASES_SQL}ANALYZE;`);
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
    const counts = (await db.query(`SELECT (SELECT count(*) FROM incidents) AS incidents`)).rows[0];
    console.log(`Data: ${JSON.stringify(counts)} (${generation})`);

    const email = "regulator@casefile.demo";
    const cookie = await signIn(app.baseUrl, email, demoPassword(app.dataDir, email));
    const regulatorId = (await db.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email])).rows[0]?.id ?? "";
    // A token as the token page makes one (only its hash stored), with a limit no run reaches.
    const secret = generateTokenSecret();
    await db.query(
      `INSERT INTO api_tokens (id, name, kind, "ownerId", scopes, "secretHash", hint, "expiresAt", "createdById") VALUES ($1, 'bench', 'personal', $2, $3, $4, 'cfk_bench…', now() + interval '1 day', $2)`,
      [`bench-token-${Date.now()}`, regulatorId, [...API_SCOPES], hashToken(secret)],
    );

    // "location" titles are every fifth case, half of them in sanction_review (1 + g % 10 = 6): 1,000 matches, a full first page.
    const params = new URLSearchParams({ q: "location", state: "sanction_review" });
    const get = (path: string, headers: Record<string, string>) => async () => {
      const response = await fetch(`${app.baseUrl}${path}?${params}`, { headers });
      if (!response.ok) throw new Error(`${path} ${response.status}`);
      return (await response.json()) as { items: unknown[] };
    };
    const sessionGet = get("/api/cases", { Cookie: cookie });
    const apiGet = get("/api/v1/cases", { Authorization: `Bearer ${secret}` });
    const [sessionFirst, apiFirst] = [await sessionGet(), await apiGet()];
    if (sessionFirst.items.length !== apiFirst.items.length) throw new Error("The two lists differ");
    if (apiFirst.items.length === 0) throw new Error("The query finds nothing: it would measure an empty list");
    // Interleaved halves, so a busy machine slows both alike.
    const session = [...(await timeIt(RUNS / 2, WARMUP, sessionGet)), ...(await timeIt(RUNS / 2, 0, sessionGet))];
    const api = [...(await timeIt(RUNS / 2, WARMUP, apiGet)), ...(await timeIt(RUNS / 2, 0, apiGet))];

    writeResults("api-cases", {
      measuredAt: new Date().toISOString(),
      machine: "2-core build machine, Node " + process.versions.node,
      data: counts,
      query: `GET /api/v1/cases?${params} vs GET /api/cases?${params}`,
      rowsOnFirstPage: apiFirst.items.length,
      sessionMs: summarize(session),
      apiMs: summarize(api),
      ratioOfMedians: Math.round((summarize(api).median / summarize(session).median) * 100) / 100,
      target: "API within 1.2× of the session-based case list",
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
