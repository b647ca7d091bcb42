// npm run bench:public
//
// Issue 7's throughput target, extended by issue 17: a cached public page serves at least 1,000
// requests per second on the 2-core build machine, measured with autocannon from a second process
// (this one; the app runs in its own process via `npm start`'s path), next to a static file served
// by the same server. Issue 17 measures it on the published data set (2,000 cases, 5,000
// sanctions: bench/lib/public-data-set.ts; BENCH_PUBLIC_CASES=0 to skip it): the case page, an
// embed page, the sanctions tracker, the statistics and a repeat company's page. A page that does
// not answer 200 is listed with its status and no throughput. Results go to
// bench/results/public-throughput.json and docs/performance.md.
import autocannon from "autocannon";
import { startApp } from "./lib/app-server";
import { loadPublicDataSet, publicBenchPages, publicDataSetSize, REFERENCE_PAGE, warm } from "./lib/public-pages";
import { writeResults } from "./lib/results";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

async function run(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, pipelining: 1 });
  const refused = result.non2xx > 0 || result.errors > 0 || result.timeouts > 0;
  return {
    url: new URL(url).pathname,
    status: 200,
    // Any answer but a 2xx makes the figure meaningless: none is reported.
    requestsPerSecond: refused ? null : Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99 },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

// BENCH_PORT: several benches may share the machine; each needs its own port.
const app = await startApp({ dataDir: process.env.BENCH_DATA_DIR ?? ".data/bench-public", port: Number(process.env.BENCH_PORT ?? 3200) });
try {
  const size = publicDataSetSize();
  const dataSet = await loadPublicDataSet(app, size);
  console.log(`Data set: ${JSON.stringify(dataSet)}`);
  const html = await (await fetch(`${app.baseUrl}${REFERENCE_PAGE}`)).text();
  const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
  if (!asset) throw new Error("No static asset found in the page.");
  const pages = [];
  for (const path of publicBenchPages(size > 0)) {
    const { status, cache, bytes } = await warm(`${app.baseUrl}${path}`);
    if (status !== 200) {
      console.log(`${path}: answered ${status}, not measured`);
      pages.push({ url: path, status, requestsPerSecond: null, note: `answered ${status}: not measured` });
      continue;
    }
    pages.push({ ...(await run(`${app.baseUrl}${path}`)), cache, htmlBytes: bytes });
  }
  const staticFile = await run(`${app.baseUrl}${asset}`);
  writeResults("public-throughput", { date: new Date().toISOString(), machine: "2 cores", durationSeconds: DURATION, connections: CONNECTIONS, dataSet, pages, staticFile });
} finally {
  await app.stop();
}
