// What `next/headers` would hand the app during a request, set by the fuzz tests before each
// call: server actions and route handlers then read the session through the real path
// (next-auth decodes the cookie, lib/auth/sessions checks the row in the database).
import { createRequire } from "node:module";
import { encode } from "next-auth/jwt";

export const SESSION_COOKIE = "next-auth.session-token";

const current = { headers: new Headers(), cookies: new Map<string, string>() };

/** Sets the incoming request's headers and cookies (as `next/headers` will report them). */
export function setIncoming(options: { headers?: Headers; cookies?: Record<string, string> }) {
  current.headers = new Headers(options.headers);
  current.cookies = new Map(Object.entries(options.cookies ?? {}));
  const cookieHeader = [...current.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  if (cookieHeader) current.headers.set("cookie", cookieHeader);
}

/** The replacement for `next/headers` (vi.mock in each fuzz file). */
export const nextHeadersMock = {
  headers: async () => current.headers,
  cookies: async () => ({
    getAll: () => [...current.cookies].map(([name, value]) => ({ name, value })),
    get: (name: string) => (current.cookies.has(name) ? { name, value: current.cookies.get(name)! } : undefined),
    has: (name: string) => current.cookies.has(name),
  }),
};

/**
 * next-auth reads `next/headers` with require() at call time, which vi.mock does not reach;
 * replace the functions on the CommonJS module itself. (ESM importers get vi.mock.)
 */
export function installFakeNextHeaders() {
  Object.assign(createRequire(import.meta.url)("next/headers") as object, nextHeadersMock);
}

/** A session cookie for a session row, signed as next-auth signs it at sign-in. */
export async function sessionCookie(input: { userId: string; sessionId: string; email: string }): Promise<string> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return encode({ token: { sub: input.userId, sid: input.sessionId, email: input.email }, secret });
}
