import "server-only";
import { prisma } from "@/lib/db/prisma";

/** The people a case can be assigned to: active case officers, by name. */
export function listAssignableOfficers() {
  return prisma.user.findMany({ where: { role: "case_officer", active: true }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } });
}
