import "server-only";
import { createHash } from "node:crypto";
import type { KnownHashAlgorithm } from "./hash-rates";

const measured = new Map<KnownHashAlgorithm, number>();

/**
 * Hashes per second on one core of this server, measured with Node's crypto on inputs shaped
 * like Korean mobile numbers. Measured once per process (about 100 ms per algorithm), so the
 * figure shown is this machine's, not a guess.
 */
export function cpuHashRate(algorithm: KnownHashAlgorithm): number {
  const cached = measured.get(algorithm);
  if (cached) return cached;
  const budgetMs = 100;
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    for (let i = 0; i < 2_000; i++, count++) createHash(algorithm).update(`010-${String(10_000_000 + count).slice(-4)}-${String(count % 10_000).padStart(4, "0")}`).digest();
    elapsed = performance.now() - start;
  }
  const rate = Math.round(count / (elapsed / 1000));
  measured.set(algorithm, rate);
  return rate;
}
