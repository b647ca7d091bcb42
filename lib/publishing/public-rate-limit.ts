import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { requestClientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";

/**
 * Open-data downloads, the public API and the feed: 300 requests a minute per client address and
 * app instance, generous for people and scripts that behave, a brake on scrapers that do not.
 * (Pages are not limited here: they are what the throughput benchmark measures.)
 */
export const PUBLIC_REQUESTS_PER_MINUTE = 300;
const limiter = new RateLimiterMemory({ keyPrefix: "public", points: PUBLIC_REQUESTS_PER_MINUTE, duration: 60 });

/** A 429 response to send instead, or null to go on. */
export async function limitPublicRequest(request: NextRequest): Promise<NextResponse | null> {
  // Without a known address (a bare `next start`, see client-ip.ts) every client shares one allowance.
  const ip = requestClientIp(request.headers, env().TRUST_PROXY_HOPS) ?? "direct";
  try {
    await limiter.consume(ip);
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
  await limiter.delete(address);
}
