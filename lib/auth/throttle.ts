import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { prisma } from "@/lib/db/prisma";

// Failed sign-ins are counted per account and per client address, in PostgreSQL so that every
// app instance shares the counts. Successful sign-ins clear the account's count.
const WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_FAILURES_ALLOWED = 5;
export const IP_FAILURES_ALLOWED = 30;

let limiters: { account: RateLimiterPrisma; ip: RateLimiterPrisma } | undefined;
function getLimiters() {
  limiters ??= {
    account: new RateLimiterPrisma({ storeClient: prisma, tableName: "signInThrottle", keyPrefix: "acct", points: ACCOUNT_FAILURES_ALLOWED, duration: WINDOW_SECONDS }),
    ip: new RateLimiterPrisma({ storeClient: prisma, tableName: "signInThrottle", keyPrefix: "ip", points: IP_FAILURES_ALLOWED, duration: WINDOW_SECONDS }),
  };
  return limiters;
}

/** Seconds until another attempt is allowed, or 0 when it is allowed now. */
export async function secondsUntilAllowed(email: string, ip: string | null): Promise<number> {
  const { account, ip: byIp } = getLimiters();
  const [a, i] = await Promise.all([account.get(email), ip ? byIp.get(ip) : Promise.resolve(null)]);
  const wait = (res: typeof a, allowed: number) => (res && res.consumedPoints >= allowed ? Math.ceil(res.msBeforeNext / 1000) : 0);
  return Math.max(wait(a, ACCOUNT_FAILURES_ALLOWED), wait(i, IP_FAILURES_ALLOWED));
}

export async function recordFailure(email: string, ip: string | null): Promise<void> {
  const { account, ip: byIp } = getLimiters();
  // consume() rejects once the limit is passed; the count is what matters here.
  await Promise.all([account.consume(email).catch(() => undefined), ip ? byIp.consume(ip).catch(() => undefined) : undefined]);
}

export async function clearFailures(email: string): Promise<void> {
  await getLimiters().account.delete(email);
}
