import { afterAll, beforeAll } from "vitest";
import { prisma } from "@/lib/db/prisma";

/**
 * Integration files share one database and run one after another. A file that opens whole cases
 * (an import of the reference case, a demo fixture) calls this after its own seeding hooks: the
 * cases it opened are deleted (softly; the audit trail keeps them) when it ends, so the files that
 * run next see the case list they expect.
 */
export function deleteCasesOpenedHere(): void {
  let before: string[] = [];
  beforeAll(async () => {
    before = (await prisma.incident.findMany({ select: { id: true } })).map((c) => c.id);
  });
  afterAll(async () => {
    await prisma.incident.updateMany({ where: { id: { notIn: before }, deletedAt: null }, data: { deletedAt: new Date() } });
  });
}
