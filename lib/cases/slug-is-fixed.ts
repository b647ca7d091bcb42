import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = Pick<Prisma.TransactionClient, "publicationVersion">;

/**
 * Whether the case's address is out in the world: a version was published (even if later taken
 * down), or one awaits approval with the current slug in its snapshot. The overview's form shows
 * the slug as fixed, and the update refuses a new one, by this same rule.
 */
export async function slugIsFixed(db: Db, incidentId: string): Promise<boolean> {
  return (await db.publicationVersion.count({ where: { incidentId, status: { in: ["proposed", "published", "unpublished"] } } })) > 0;
}
