// The reversibility check for one data category, with the rates it used and where they came from.
// Pure: the workspace passes the CPU rate it measured on this server (list-categories.ts); the
// Publish tab's default selection passes none, because for a hash the published GPU rate is always
// known and is what settles the verdict.
import type { DataCategory } from "@/lib/generated/prisma/client";
import type { ProtectionMethod } from "@/lib/generated/prisma/enums";
import { checkReversibility } from "@/lib/pseudonymization/check";
import { ASSUMED_ALGORITHM, knownAlgorithm, PUBLISHED_GPU_RATES, type KnownHashAlgorithm } from "@/lib/pseudonymization/hash-rates";

export type CheckedCategory = Pick<DataCategory, "protectionMethod" | "keyHolder" | "hashAlgorithm" | "identifierFormat" | "identifierSpaceSize" | "gpuHashRate">;

const HASH_METHODS = new Set<ProtectionMethod>(["hashing", "salted_hashing", "keyed_hashing"]);

export function checkCategory(category: CheckedCategory, cpuHashRate?: (algorithm: KnownHashAlgorithm) => number) {
  const hashed = HASH_METHODS.has(category.protectionMethod);
  const stated = knownAlgorithm(category.hashAlgorithm);
  const algorithm = hashed ? (stated ?? ASSUMED_ALGORITHM) : null;
  const cpuRate = algorithm && cpuHashRate ? cpuHashRate(algorithm) : null;
  const gpuRate = algorithm ? (category.gpuHashRate ?? PUBLISHED_GPU_RATES[algorithm]) : null;
  const result = checkReversibility({
    method: category.protectionMethod,
    keyHolder: category.keyHolder,
    identifierFormat: category.identifierFormat,
    spaceSize: category.identifierSpaceSize,
    cpuRate,
    gpuRate,
  });
  return { ...result, algorithm, algorithmAssumed: hashed && !stated, cpuRate, gpuRate, gpuRateCustom: category.gpuHashRate !== null };
}

export type CategoryCheck = ReturnType<typeof checkCategory>;

/**
 * Whether a category goes into a public version unless the regulator unticks it: only when what
 * it says about reversibility rests on something, the inspectors' result or a verdict of the
 * check. A category neither tested nor judged is left for the regulator to choose.
 */
export function publishedByDefault(category: CheckedCategory & Pick<DataCategory, "reversibility">): boolean {
  return category.reversibility !== "not_tested" || checkCategory(category).verdict !== "undetermined";
}
