// The anonymous half of the load, run as its own process (started by run.ts): autocannon keeps
// `--connections` readers busy, split evenly over the public routes, one autocannon instance per
// route so each has its own latency histogram. Each reader sends its own X-Forwarded-For address
// (the app runs with TRUST_PROXY_HOPS=1, as behind one proxy), so the public API's per-address
// rate limit applies per reader as it would in production. Prints one JSON line with the results.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { percentile } from "./route-stats";

const PUBLIC_ROUTES = ["/en/cases/kakao-pay-alipay-2024", "/ko/cases/kakao-pay-alipay-2024", "/en", "/api/public/cases", "/cases/kakao-pay-alipay-2024.json"] as const;

const { values } = parseArgs({ options: { url: { type: "string" }, connections: { type: "string" }, duration: { type: "string" } } });
const base = values.url ?? "";
const connections = Number(values.connections ?? 200);
const duration = Number(values.duration ?? 60);
const perRoute = Math.max(1, Math.floor(connections / PUBLIC_ROUTES.length));

let reader = 0;
const runs = PUBLIC_ROUTES.map(async (route) => {
  const samples: number[] = [];
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: `${base}${route}`,
        connections: perRoute,
        duration,
        pipelining: 1,
        timeout: 30,
        setupClient: (client) => {
          reader += 1;
          client.setHeaders({ "x-forwarded-for": `10.77.${reader >> 8}.${reader & 255}` });
        },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  // autocannon's own summary has no p95; every response time is kept instead.
  instance?.on("response", (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  const result = await done;
  const status4xx: Record<string, number> = {};
  let status5xx = 0;
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    if (code.startsWith("4")) status4xx[code] = Number(count);
    if (code.startsWith("5")) status5xx += Number(count);
  }
  samples.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    route,
    readers: perRoute,
    count: result.requests.total,
    perSecond: round(result.requests.total / duration),
    latencyMs: { p50: round(percentile(samples, 0.5)), p95: round(percentile(samples, 0.95)), p99: round(percentile(samples, 0.99)), max: round(samples.at(-1) ?? Number.NaN) },
    status2xx: result["2xx"],
    status3xx: result["3xx"],
    status4xx,
    status5xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
});
console.log(JSON.stringify(await Promise.all(runs)));
