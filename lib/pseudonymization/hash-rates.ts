// Published GPU rates for the hash algorithms Casefile knows: hashcat's benchmark of a single
// NVIDIA RTX 4090 (Chick3nman, hashcat 6.2.6, October 2022), in hashes per second. A case can
// enter its own rate instead.
export const PUBLISHED_GPU_RATES = {
  md5: 164_100_000_000,
  sha1: 50_638_700_000,
  sha256: 21_975_500_000,
  sha512: 7_483_400_000,
} as const;

export type KnownHashAlgorithm = keyof typeof PUBLISHED_GPU_RATES;

/** When a case does not say which algorithm was used, timings assume SHA-256, and say so. */
export const ASSUMED_ALGORITHM: KnownHashAlgorithm = "sha256";

export function knownAlgorithm(value: string | null | undefined): KnownHashAlgorithm | null {
  return value && value in PUBLISHED_GPU_RATES ? (value as KnownHashAlgorithm) : null;
}
