import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPrisma } from "@/tests/support/prisma";

const prisma = testPrisma();
let id: bigint;

beforeAll(async () => {
  const row = await prisma.auditEvent.create({ data: { actorLabel: "test", action: "probe.created", entityType: "probe", after: { n: 1 } } });
  id = row.id;
});
afterAll(() => prisma.$disconnect());

describe("audit_events is append-only in the database itself", () => {
  it("accepts inserts", async () => {
    expect(await prisma.auditEvent.count({ where: { id } })).toBe(1);
  });

  it("refuses UPDATE, even through Prisma", async () => {
    await expect(prisma.auditEvent.update({ where: { id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    const row = await prisma.auditEvent.findUniqueOrThrow({ where: { id } });
    expect(row.action).toBe("probe.created");
  });

  it("refuses DELETE and TRUNCATE in raw SQL", async () => {
    await expect(prisma.$executeRawUnsafe(`DELETE FROM audit_events WHERE id = ${id}`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe("TRUNCATE audit_events")).rejects.toThrow(/append-only/);
    expect(await prisma.auditEvent.count({ where: { id } })).toBe(1);
  });
});
