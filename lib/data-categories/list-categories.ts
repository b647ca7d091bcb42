import "server-only";
import { prisma } from "@/lib/db/prisma";
import { cpuHashRate } from "@/lib/pseudonymization/measure-cpu-rate";
import { checkCategory } from "./check-category";

export async function listCategories(incidentId: string, options: { includeDeleted: boolean }) {
  const [live, deleted] = await Promise.all([
    prisma.dataCategory.findMany({ where: { incidentId, deletedAt: null }, orderBy: { createdAt: "asc" } }),
    options.includeDeleted ? prisma.dataCategory.findMany({ where: { incidentId, deletedAt: { not: null } }, orderBy: { deletedAt: "desc" } }) : Promise.resolve([]),
  ]);
  return { live: live.map((c) => ({ ...c, check: checkCategory(c, cpuHashRate) })), deleted };
}

export async function getCategory(incidentId: string, categoryId: string) {
  const category = await prisma.dataCategory.findFirst({ where: { id: categoryId, incidentId, deletedAt: null } });
  return category ? { ...category, check: checkCategory(category, cpuHashRate) } : null;
}
