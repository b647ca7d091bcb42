import "server-only";
import { prisma } from "@/lib/db";

export function listTransitions(incidentId: string) {
  return prisma.stateTransition.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } });
}
