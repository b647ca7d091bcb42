import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A write refused by a unique index (Prisma's P2002): someone saved the same key first, between
 * a check and the insert, or a partial unique index holds one live row. Callers word it for the
 * field or the rule concerned.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
