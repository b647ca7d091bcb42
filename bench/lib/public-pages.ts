// The public pages bench:public and bench:lighthouse measure, and the published data set they
// measure them on (bench/lib/public-data-set.ts, loaded into the app's embedded database).
// A page that does not answer 200 is reported with its status and never measured: a throughput
// of 404 pages would say nothing about the page.
import pg from "pg";
import { embeddedUrl, readEmbeddedState } from "@/scripts/db/embedded-runtime";
import type { RunningApp } from "./app-server";
import { generatePublicDataSet, PUBLIC_DATA_SET_CASES, publicDataSetCaseSlug, REPEAT_COMPANY_SLUG } from "./public-data-set";

/** How many published cases to generate: BENCH_PUBLIC_CASES (0 measures the seed alone). */
export const publicDataSetSize = () => Number(process.env.BENCH_PUBLIC_CASES ?? PUBLIC_DATA_SET_CASES);

export const REFERENCE_PAGE = "/en/cases/kakao-pay-alipay-2024";

/** What the benches measure, in English (lighthouse adds the Korean case page). */
export function publicBenchPages(withDataSet: boolean): string[] {
  return [
    REFERENCE_PAGE,
    "/embed/en/cases/kakao-pay-alipay-2024/records",
    ...(withDataSet ? [`/en/cases/${publicDataSetCaseSlug(1)}`] : []),
    "/en/sanctions",
    "/en/statistics",
    ...(withDataSet ? [`/en/organisations/${REPEAT_COMPANY_SLUG}`] : []),
  ];
}

/** Loads the data set once per data directory, and says what the database then holds. */
export async function loadPublicDataSet(app: RunningApp, cases: number) {
  const state = readEmbeddedState(app.dataDir);
  if (!state?.port) throw new Error("The embedded server is not running");
  const db = new pg.Client({ connectionString: embeddedUrl(state) });
  await db.connect();
  try {
    const present = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM publication_versions WHERE id LIKE 'pubset-pv-%'`)).rows[0]?.n);
    let generation = "already present";
    if (present === 0 && cases > 0) {
      const started = performance.now();
      await generatePublicDataSet((sql) => db.query(sql), cases);
      generation = `generated in ${((performance.now() - started) / 1000).toFixed(1)} s`;
    } else if (present !== cases) {
      generation = `${present} cases already present (BENCH_PUBLIC_CASES=${cases} ignored: use a fresh data directory)`;
    }
    const counts = (
      await db.query<{ publishedCases: string; sanctions: string }>(
        `SELECT count(*) AS "publishedCases", coalesce(sum(jsonb_array_length(snapshot->'sanctions')), 0) AS sanctions
         FROM publication_versions WHERE status = 'published' AND "publishedAt" <= now()`,
      )
    ).rows[0];
    return { publishedCases: Number(counts?.publishedCases), sanctions: Number(counts?.sanctions), generation };
  } finally {
    await db.end();
  }
}

/** Renders the page once (so the cache serves the measured requests) and returns its status. */
export async function warm(url: string): Promise<{ status: number; cache: string | null; bytes: number }> {
  let response = await fetch(url);
  await response.arrayBuffer();
  response = await fetch(url);
  const body = await response.arrayBuffer();
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), bytes: body.byteLength };
}
