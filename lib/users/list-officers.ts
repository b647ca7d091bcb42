import "server-only";
import { prisma } from "@/lib/db/prisma";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";

/** The case officers who could be put on a case: active ones, by name (for the case page's staffing panel). */
export async function listAssignableOfficers(viewer: Viewer | null) {
  assertCan(viewer, "assignment.manage");
  return prisma.user.findMany({ where: { role: "case_officer", active: true }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true } });
}
