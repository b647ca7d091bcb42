import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { requestClientIp } from "@/lib/auth/client-ip";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";

/**
 * Open-data downloads, the public API and the feed: 300 requests a minute per client address,
 * counted in PostgreSQL so that every app instance shares the allowance (as the sign-in throttle
 * does, lib/auth/throttle.ts); generous for people and scripts that behave, a brake on scrapers
 * that do not. (Pages are not limited here: they are what the throughput benchmark measures.)
 */
export const PUBLIC_REQUESTS_PER_MINUTE = 300;
const WINDOW_SECONDS = 60;

type Counted = { points: number; expire: Date | null };

/**
 * RateLimiterPrisma, counting in one statement instead of two (it deletes an expired row, then
 * upserts): a consume() is one round trip on the pool. Same rule: an expired window starts
 * afresh, any other row is incremented in the database, so concurrent calls on every instance
 * all count. (`_upsert` is the store's hook for this, rate-limiter-flexible 11.)
 */
class OneStatementPrismaLimiter extends RateLimiterPrisma {
  _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<Counted> {
    const now = new Date();
    const expire = msDuration > 0 ? new Date(now.getTime() + msDuration) : null;
    // set() and block() replace the row; consume() and penalty() add to it.
    if (forceExpire) {
      return prisma.publicRateLimit.upsert({ where: { key }, create: { key, points, expire }, update: { points, expire } });
    }
    return prisma.$queryRaw<Counted[]>`
      INSERT INTO public_rate_limit (key, points, expire) VALUES (${key}, ${points}, ${expire})
      ON CONFLICT (key) DO UPDATE SET
        points = CASE WHEN public_rate_limit.expire <= ${now} THEN EXCLUDED.points ELSE public_rate_limit.points + EXCLUDED.points END,
        expire = CASE WHEN public_rate_limit.expire <= ${now} THEN EXCLUDED.expire ELSE public_rate_limit.expire END
      RETURNING points, expire`.then((rows) => rows[0]!);
  }
}

/**
 * One limiter object per app instance, on the shared table. A client past its allowance is then
 * refused from memory until its minute is up, without a query (inMemoryBlockOnConsumed); if the
 * database cannot count, each instance counts for itself (insuranceLimiter) rather than failing
 * the request or letting everything through.
 */
export function createPublicRateLimiter(options: { points?: number; keyPrefix?: string } = {}): RateLimiterAbstract {
  const points = options.points ?? PUBLIC_REQUESTS_PER_MINUTE;
  const keyPrefix = options.keyPrefix ?? "public";
  return new OneStatementPrismaLimiter({
    storeClient: prisma,
    tableName: "publicRateLimit",
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
    inMemoryBlockOnConsumed: points + 1,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_SECONDS }),
  });
}

// Created on first use: `next build` imports every route and has no database.
let limiter: RateLimiterAbstract | undefined;
const publicLimiter = () => (limiter ??= createPublicRateLimiter());

/** A 429 response to send instead, or null to go on. */
export async function limitPublicRequest(request: NextRequest): Promise<NextResponse | null> {
  // Without a known address (a bare `next start`, see client-ip.ts) every client shares one allowance.
  const ip = requestClientIp(request.headers, env().TRUST_PROXY_HOPS) ?? "direct";
  try {
    await publicLimiter().consume(ip);
    return null;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    return NextResponse.json({ error: "rate_limited", message: `Too many requests. Try again in ${retryAfter} seconds.` }, { status: 429, headers: { "Retry-After": String(retryAfter) } });
  }
}

/**
 * Forgets what one client address has used up: a test that sends hundreds of requests from one
 * address (the route fuzz, tests/fuzz/routes.int.test.ts) gives each route its own minute.
 */
export async function forgetPublicRequests(address = "direct"): Promise<void> {
  await publicLimiter().delete(address);
}
