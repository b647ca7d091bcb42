import "server-only";
import { prisma } from "@/lib/db/prisma";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";

export async function listUsers(viewer: Viewer | null) {
  assertCan(viewer, "user.manage");
  return prisma.user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      version: true,
      lastSignInAt: true,
      passwordHash: true,
      assignments: { select: { incident: { select: { id: true, title: true, slug: true } } } },
    },
  }).then((users) => users.map(({ passwordHash, ...u }) => ({ ...u, hasPassword: passwordHash !== null })));
}

/** Case titles for the assignment picker; administrators see titles, not case files. */
export async function listCasesForAssignment(viewer: Viewer | null) {
  assertCan(viewer, "assignment.manage");
  return prisma.incident.findMany({ where: { deletedAt: null }, orderBy: { title: "asc" }, select: { id: true, title: true, slug: true } });
}
