// What `next/headers` would hand the app during a request, set by the fuzz tests before each
// call: server actions and route handlers then read the session through the real path
// (next-auth decodes the cookie, lib/auth/sessions checks the row in the database).
import { createRequire } from "node:module";
import { Readable } from "node:stream";
import { setImmediate } from "node:timers/promises";
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

/**
 * A request body as Next hands it to a route handler: Next passes the Node request (a stream) to
 * `new Request`, and undici wraps it in a byte stream of its own. The chunks and then the end
 * arrive a turn of the event loop apart, as from a socket, so a route that stops reading early
 * (the CSV import refusing a UTF-16 file) meets the timing it meets in production.
 */
export function incomingBody(bytes: Uint8Array, chunkSize = 16 * 1024): { body: BodyInit; duplex: "half" } {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) {
      yield Buffer.from(bytes.subarray(i, i + chunkSize));
      await setImmediate();
    }
  }
  // undici takes any async iterable as a body; the DOM's BodyInit type does not say so.
  return { body: Readable.from(chunks()) as unknown as BodyInit, duplex: "half" };
}
