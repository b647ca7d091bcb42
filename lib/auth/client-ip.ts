import type { IncomingHttpHeaders } from "node:http";

/**
 * The client's address, for the sign-in throttle, the public rate limit and the audit trail.
 *
 * Next.js does not give route handlers, server actions or next-auth the socket's address. It only
 * fills `X-Forwarded-For` from the socket when the request has none (`??=` in its base server), so
 * a client that sends its own header decides what that header says. Casefile's server
 * (scripts/serve.ts) therefore writes the connection's address into PEER_ADDRESS_HEADER on every
 * request before Next sees it, replacing anything a client sent under that name.
 *
 * - No trusted proxy (TRUST_PROXY_HOPS=0): the connection's address; headers are never read.
 * - Behind N trusted proxies, each appending the address it received the request from (nginx
 *   `$proxy_add_x_forwarded_for`, HAProxy `option forwardfor`): the Nth entry of X-Forwarded-For
 *   from the right, the one the outermost trusted proxy wrote. Entries further left are whatever
 *   the client claimed. With fewer entries than N, every entry was written by a trusted proxy, so
 *   the leftmost; with none, the connection.
 */
export const PEER_ADDRESS_HEADER = "x-casefile-peer-address";

export function clientIp(options: { peer: string | null; forwardedFor: string | null; trustedHops: number }): string | null {
  if (options.trustedHops <= 0) return options.peer;
  const entries = (options.forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return options.peer;
  return entries[Math.max(entries.length - options.trustedHops, 0)] ?? null;
}

// Set by scripts/serve.ts. Under a bare `next start` nothing stamps requests, and a client could
// send PEER_ADDRESS_HEADER itself, so the header counts only in a process whose server stamps it.
const STAMPED = Symbol.for("casefile.peer-address-stamped");
const globalFlags = globalThis as unknown as Record<symbol, boolean | undefined>;

export function markPeerAddressStamped(): void {
  globalFlags[STAMPED] = true;
}

/** Called by the server for every request, before Next.js reads it. */
export function stampPeerAddress(headers: IncomingHttpHeaders, remoteAddress: string | undefined): void {
  // An IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d; the audit trail shows a.b.c.d.
  const address = remoteAddress?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  if (address) headers[PEER_ADDRESS_HEADER] = address;
  else delete headers[PEER_ADDRESS_HEADER];
}

/** The client's address for a request's headers (route handlers, server actions, next-auth). */
export function requestClientIp(headers: { get(name: string): string | null }, trustedHops: number): string | null {
  const peer = globalFlags[STAMPED] ? headers.get(PEER_ADDRESS_HEADER) : null;
  return clientIp({ peer, forwardedFor: headers.get("x-forwarded-for"), trustedHops });
}
