import "server-only";
import { prisma } from "@/lib/db/prisma";

/** Whether the estimate named in an address is a live estimate of this case (else 404, whatever its id). */
export async function estimateBelongsToCase(incidentId: string, estimateId: string): Promise<boolean> {
  if (!/^[a-z0-9]{1,64}$/i.test(estimateId)) return false;
  return (await prisma.populationEstimate.count({ where: { id: estimateId, incidentId, deletedAt: null } })) > 0;
}
