// Unique users and cases for integration tests, so tests never depend on each other's data.
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { hashPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

export async function makeUser(role: Role, options: { password?: string; active?: boolean } = {}) {
  const email = `${unique(role)}@test.casefile`;
  const user = await prisma.user.create({
    data: { email, name: `Test ${role}`, role, active: options.active ?? true, passwordHash: options.password ? await hashPassword(options.password) : null },
  });
  return user;
}

/** A signed-in viewer with a real session row, as the app would see them. */
export async function makeViewer(role: Role): Promise<Viewer> {
  const user = await makeUser(role);
  const session = await prisma.userSession.create({ data: { userId: user.id, provider: "credentials", expiresAt: new Date(Date.now() + 3_600_000) } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: session.id };
}

export async function makeCase(options: { assignTo?: string[] } = {}) {
  const slug = unique("case");
  const org = await prisma.organization.create({ data: { slug: unique("org"), name: "Test Org", kind: "company" } });
  return prisma.incident.create({
    data: {
      slug,
      title: `Test case ${slug}`,
      summary: "Integration test case.",
      investigatedOrgId: org.id,
      assignments: options.assignTo ? { create: options.assignTo.map((userId) => ({ userId })) } : undefined,
    },
  });
}
