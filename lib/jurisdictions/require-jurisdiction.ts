import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refuseField } from "@/lib/actions/result";

/** A case's jurisdiction must be one in the jurisdictions table; otherwise the form says so beside the field. */
export async function requireJurisdiction(tx: Prisma.TransactionClient, code: string): Promise<void> {
  if (!(await tx.jurisdiction.findUnique({ where: { code }, select: { code: true } }))) refuseField("jurisdiction", "validation.case.jurisdiction");
}
