// npm run bench:public
//
// Issue 7's throughput target: a cached public case summary serves at least 1,000 requests per
// second on the 2-core build machine, measured with autocannon from a second process (this one;
// the app runs in its own process via `npm start`'s path), next to a static file served by the
// same server. Results go to bench/results/public-throughput.json and docs/performance.md.
import autocannon from "autocannon";
import { startApp } from "./lib/app-server";
import { writeResults } from "./lib/results";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PAGE = "/en/cases/kakao-pay-alipay-2024";

async function run(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, pipelining: 1 });
  return {
    url: new URL(url).pathname,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99 },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const app = await startApp({ dataDir: ".data/bench-public", port: 3200 });
try {
  const first = await fetch(`${app.baseUrl}${PAGE}`);
  const html = await first.text();
  await fetch(`${app.baseUrl}${PAGE}`);
  const again = await fetch(`${app.baseUrl}${PAGE}`);
  const cache = { "x-nextjs-cache": again.headers.get("x-nextjs-cache"), "cache-control": again.headers.get("cache-control") };
  const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
  if (!asset) throw new Error("No static asset found in the page.");
  const page = await run(`${app.baseUrl}${PAGE}`);
  const staticFile = await run(`${app.baseUrl}${asset}`);
  const results = { date: new Date().toISOString(), machine: "2 cores", durationSeconds: DURATION, connections: CONNECTIONS, cache, page, staticFile };
  writeResults("public-throughput", results);
} finally {
  await app.stop();
}
