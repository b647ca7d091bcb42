import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";

// Per token, in PostgreSQL (rate-limiter-flexible's Prisma store, like the sign-in throttle), so
// every app instance shares one count. Every answer says where the caller stands (RateLimit and
// RateLimit-Policy, draft-ietf-httpapi-ratelimit-headers).
const WINDOW_SECONDS = 60;

let limiter: RateLimiterPrisma | undefined;
const getLimiter = () =>
  (limiter ??= new RateLimiterPrisma({ storeClient: prisma, tableName: "apiRateLimit", keyPrefix: "token", points: env().API_REQUESTS_PER_MINUTE, duration: WINDOW_SECONDS }));

export interface RateLimitState {
  allowed: boolean;
  headers: Record<string, string>;
}

function headersOf(limit: number, res: RateLimiterRes): Record<string, string> {
  const reset = Math.max(0, Math.ceil(res.msBeforeNext / 1000));
  return { "RateLimit-Policy": `"per-token";q=${limit};w=${WINDOW_SECONDS}`, RateLimit: `"per-token";r=${Math.max(0, res.remainingPoints)};t=${reset}` };
}

/** Counts one request for the token: allowed or not, with the headers for the answer. */
export async function consumeTokenRequest(tokenId: string): Promise<RateLimitState> {
  const limit = env().API_REQUESTS_PER_MINUTE;
  try {
    return { allowed: true, headers: headersOf(limit, await getLimiter().consume(tokenId)) };
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return { allowed: false, headers: { ...headersOf(limit, error), "Retry-After": String(Math.max(1, Math.ceil(error.msBeforeNext / 1000))) } };
  }
}
