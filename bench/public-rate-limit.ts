// npm run bench:rate-limit
//
// What the shared public rate limit (lib/publishing/public-rate-limit.ts: PostgreSQL through
// Prisma, issue 18) costs per request against the per-instance one it replaced (RateLimiterMemory):
// N consume() calls one after the other, over 100 client addresses (each well within its
// allowance), on a fresh embedded PostgreSQL on this machine, through the app's own pool. Also
// the refusal of a client already past its allowance, which the shared limiter answers from
// memory. Results go to bench/results/public-rate-limit.json and docs/performance.md.
import { mkdtempSync, rmSync } from "node:fs";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { startEmbeddedPostgres } from "@/scripts/db/embedded-postgres";
import { migrateDeploy } from "@/scripts/db/migrate";
import { writeResults } from "./lib/results";
import { summarize, timeIt } from "./lib/stats";

const N = Number(process.env.BENCH_RUNS ?? 2_000);
const WARMUP = 200;
const ADDRESSES = 100;

const dataDir = mkdtempSync("/tmp/notify18-bench-rate-limit-");
const server = await startEmbeddedPostgres({ dataDir, database: "casefile" });
try {
  migrateDeploy(server.url, { recoverFailed: false });
  process.env.DATABASE_URL = server.url;
  process.env.NEXTAUTH_SECRET ??= "bench-only-secret-0123456789abcdefghij";
  const { createPublicRateLimiter, PUBLIC_REQUESTS_PER_MINUTE } = await import("@/lib/publishing/public-rate-limit");
  const { prisma } = await import("@/lib/db/prisma");

  let i = 0;
  const nextAddress = () => `198.51.100.${i++ % ADDRESSES}`;
  const memory = new RateLimiterMemory({ keyPrefix: "public", points: PUBLIC_REQUESTS_PER_MINUTE, duration: 60 });
  const shared = createPublicRateLimiter();
  const memorySamples = await timeIt(N, WARMUP, () => memory.consume(nextAddress()));
  const sharedSamples = await timeIt(N, WARMUP, () => shared.consume(nextAddress()));

  // A client past its allowance: the first refusal counts in the database, the rest come from memory.
  const greedy = "203.0.113.99";
  for (let k = 0; k <= PUBLIC_REQUESTS_PER_MINUTE; k++) await shared.consume(greedy).catch(() => undefined);
  const refusedSamples = await timeIt(N, 0, () => shared.consume(greedy).catch((error: unknown) => {
    if (!(error instanceof RateLimiterRes)) throw error;
  }));

  const µs = (samples: number[]) => {
    const s = summarize(samples.map((ms) => ms * 1000));
    return { n: s.n, medianUs: s.median, p95Us: s.p95 };
  };
  const result = { calls: N, addresses: ADDRESSES, memory: µs(memorySamples), shared: µs(sharedSamples), sharedRefusedFromMemory: µs(refusedSamples) };
  writeResults("public-rate-limit", result);
  await prisma.$disconnect();
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
