/**
 * The client's address from X-Forwarded-For. Each proxy appends the address it saw, so with
 * `trustedHops` proxies in front of the app the client is the trustedHops-th entry from the
 * right; with none, Next.js itself fills the header from the socket (when the client did not
 * send one). Entries further left are whatever the client claimed and are ignored.
 */
export function clientIp(forwardedFor: string | null | undefined, trustedHops: number): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const index = entries.length - Math.max(trustedHops, 1);
  return entries[Math.max(index, 0)] ?? null;
}
