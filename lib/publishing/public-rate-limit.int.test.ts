import { NextRequest } from "next/server";
import { RateLimiterRes } from "rate-limiter-flexible";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { unique } from "@/tests/support/factories";
import { createPublicRateLimiter, forgetPublicRequests, limitPublicRequest, PUBLIC_REQUESTS_PER_MINUTE } from "./public-rate-limit";

// Integration test files share one database: give the allowance back for the files after this one.
afterAll(async () => {
  await forgetPublicRequests();
  await prisma.$disconnect();
});

describe("public rate limit", () => {
  it("lets a client make its allowance in a minute, then answers 429 with Retry-After", async () => {
    const request = () => new NextRequest("http://localhost/api/public/cases");
    for (let i = 0; i < PUBLIC_REQUESTS_PER_MINUTE; i++) expect(await limitPublicRequest(request())).toBeNull();
    const refused = await limitPublicRequest(request());
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused?.json()).toMatchObject({ error: "rate_limited" });
  });

  it("two app instances (two limiter objects on one database) share one allowance per client", async () => {
    const keyPrefix = unique("shared");
    const [a, b] = [createPublicRateLimiter({ points: 5, keyPrefix }), createPublicRateLimiter({ points: 5, keyPrefix })];
    for (const limiter of [a, a, a, b, b]) await limiter.consume("203.0.113.7");
    const refusedByA = await a.consume("203.0.113.7").catch((error: unknown) => error);
    const refusedByB = await b.consume("203.0.113.7").catch((error: unknown) => error);
    expect(refusedByA).toBeInstanceOf(RateLimiterRes);
    expect(refusedByB).toBeInstanceOf(RateLimiterRes);
    expect((refusedByB as RateLimiterRes).msBeforeNext).toBeGreaterThan(0);
    // Another client has its own allowance on both.
    await expect(b.consume("203.0.113.8")).resolves.toMatchObject({ consumedPoints: 1 });
    const row = await prisma.publicRateLimit.findUnique({ where: { key: `${keyPrefix}:203.0.113.7` } });
    expect(row?.points).toBeGreaterThanOrEqual(6);
  });

  it("counts concurrent calls on both instances, each once", async () => {
    const keyPrefix = unique("concurrent");
    const [a, b] = [createPublicRateLimiter({ points: 100, keyPrefix }), createPublicRateLimiter({ points: 100, keyPrefix })];
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).consume("203.0.113.9")));
    expect((await prisma.publicRateLimit.findUniqueOrThrow({ where: { key: `${keyPrefix}:203.0.113.9` } })).points).toBe(40);
  });

  it("a client whose minute is up starts a new one", async () => {
    const keyPrefix = unique("expired");
    await prisma.publicRateLimit.create({ data: { key: `${keyPrefix}:203.0.113.10`, points: 999, expire: new Date(Date.now() - 1_000) } });
    const res = await createPublicRateLimiter({ points: 5, keyPrefix }).consume("203.0.113.10");
    expect(res.consumedPoints).toBe(1);
    expect(res.msBeforeNext).toBeGreaterThan(50_000);
  });
});
