// Where a webhook may go, as pure rules (the DNS resolver is passed in, so tests pick what a name
// resolves to). Only ordinary public unicast addresses are allowed: ipaddr.js names every special
// range (loopback, private, link-local with 169.254.169.254, unique-local fc00::/7, CGNAT,
// multicast, unspecified, NAT64, 6to4, Teredo…), so the rule is "its range is `unicast`", never a
// hand-written list. An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 inside.
import ipaddr from "ipaddr.js";

export type TargetRefusal = "invalidUrl" | "httpsOnly" | "privateAddress" | "unresolvable";

export type TargetCheck = { ok: true; url: URL; address: string; family: 4 | 6 } | { ok: false; reason: TargetRefusal };

export interface TargetPolicy {
  /** Loopback and private targets (tests, a local receiver): WEBHOOKS_ALLOW_PRIVATE_TARGETS. */
  allowPrivate: boolean;
  /** Plain http (outside production, or with the test setting). */
  allowHttp: boolean;
  /** Every address a name resolves to. Defaults to the system resolver. */
  resolve?: (hostname: string) => Promise<string[]>;
}

export function isRefusedAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() !== "unicast";
}

/** The system resolver (hosts file included, so `localhost` is caught), given up on after 5 s. */
async function systemResolve(hostname: string): Promise<string[]> {
  const { lookup } = await import("node:dns/promises");
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("DNS timeout")), 5_000).unref());
  return (await Promise.race([lookup(hostname, { all: true, verbatim: true }), timeout])).map((entry) => entry.address);
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * Checks a target and resolves it once. The caller connects to the returned address (and no
 * other): resolving again at connect time would let a name answer a public address here and a
 * private one there (DNS rebinding). Every address of a name must pass, not just the first.
 */
export async function checkTarget(text: string, policy: TargetPolicy): Promise<TargetCheck> {
  const url = parseUrl(text);
  if (!url || !url.hostname || url.username || url.password) return { ok: false, reason: "invalidUrl" };
  if (url.protocol !== "https:" && !(url.protocol === "http:" && policy.allowHttp)) return { ok: false, reason: "httpsOnly" };
  const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  let addresses: string[];
  if (ipaddr.isValid(host)) addresses = [host];
  else {
    try {
      addresses = await (policy.resolve ?? systemResolve)(host);
    } catch {
      return { ok: false, reason: "unresolvable" };
    }
  }
  const [address] = addresses;
  if (address === undefined) return { ok: false, reason: "unresolvable" };
  if (!policy.allowPrivate && addresses.some(isRefusedAddress)) return { ok: false, reason: "privateAddress" };
  return { ok: true, url, address, family: ipaddr.parse(address).kind() === "ipv6" ? 6 : 4 };
}
