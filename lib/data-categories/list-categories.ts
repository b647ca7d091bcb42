import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { DataCategory } from "@/lib/generated/prisma/client";
import { checkReversibility, type KeyHolder, type ProtectionMethod } from "@/lib/pseudonymization/check";
import { ASSUMED_ALGORITHM, knownAlgorithm, PUBLISHED_GPU_RATES } from "@/lib/pseudonymization/hash-rates";
import { cpuHashRate } from "@/lib/pseudonymization/measure-cpu-rate";

const HASH_METHODS = new Set<ProtectionMethod>(["hashing", "salted_hashing", "keyed_hashing"]);

/** The reversibility check for one category, with the rates it used and where they came from. */
export function checkCategory(category: DataCategory) {
  const hashed = HASH_METHODS.has(category.protectionMethod);
  const stated = knownAlgorithm(category.hashAlgorithm);
  const algorithm = hashed ? (stated ?? ASSUMED_ALGORITHM) : null;
  const cpuRate = algorithm ? cpuHashRate(algorithm) : null;
  const gpuRate = algorithm ? (category.gpuHashRate ?? PUBLISHED_GPU_RATES[algorithm]) : null;
  const result = checkReversibility({
    method: category.protectionMethod,
    keyHolder: category.keyHolder as KeyHolder,
    identifierFormat: category.identifierFormat,
    spaceSize: category.identifierSpaceSize,
    cpuRate,
    gpuRate,
  });
  return { ...result, algorithm, algorithmAssumed: hashed && !stated, cpuRate, gpuRate, gpuRateCustom: category.gpuHashRate !== null };
}

export async function listCategories(incidentId: string, options: { includeDeleted: boolean }) {
  const [live, deleted] = await Promise.all([
    prisma.dataCategory.findMany({ where: { incidentId, deletedAt: null }, orderBy: { createdAt: "asc" } }),
    options.includeDeleted ? prisma.dataCategory.findMany({ where: { incidentId, deletedAt: { not: null } }, orderBy: { deletedAt: "desc" } }) : Promise.resolve([]),
  ]);
  return { live: live.map((c) => ({ ...c, check: checkCategory(c) })), deleted };
}

export async function getCategory(incidentId: string, categoryId: string) {
  const category = await prisma.dataCategory.findFirst({ where: { id: categoryId, incidentId, deletedAt: null } });
  return category ? { ...category, check: checkCategory(category) } : null;
}
