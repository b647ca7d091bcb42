import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { makeCase, makeUser, unique } from "@/tests/support/factories";
import type { AuditEntry } from "./record-audit";
import { recordAuditBatch } from "./record-audit-batch";

let entries: (entityType: string) => AuditEntry[];
beforeAll(async () => {
  const [incident, user] = await Promise.all([makeCase(), makeUser("regulator")]);
  entries = (entityType) => [
    { actor: { id: user.id, label: user.email }, action: "series.imported", entityType, entityId: "a", incidentId: incident.id, after: { rows: 3, fileName: "x'; DROP TABLE audit_events; --.csv", total: 54_200_000_000n } },
    { actor: { id: null, label: "system" }, action: "series.imported", entityType, entityId: null, before: { role: "case_officer", note: 'quote " and \\ backslash' }, after: { role: "regulator", note: 'quote " and \\ backslash' }, ip: "203.0.113.9" },
    { actor: { id: null, label: "system" }, action: "auth.sign_out", entityType },
  ];
});
afterAll(() => prisma.$disconnect());

const stored = (entityType: string) =>
  prisma.auditEvent.findMany({ where: { entityType }, orderBy: { id: "asc" }, select: { actorId: true, actorLabel: true, action: true, entityType: true, entityId: true, incidentId: true, before: true, after: true, ip: true } });

describe("recordAuditBatch", () => {
  it("writes the same rows through a Prisma transaction and through a raw pg connection, the latter in one statement", async () => {
    const viaPrisma = unique("batch-prisma");
    await prisma.$transaction((tx) => recordAuditBatch(tx, entries(viaPrisma)));

    const viaSql = unique("batch-sql");
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    const statements: string[] = [];
    const counting = { query: (text: string, values: unknown[]) => (statements.push(text), client.query(text, values)) };
    try {
      await client.query("BEGIN");
      await recordAuditBatch(counting, entries(viaSql));
      await client.query("COMMIT");
    } finally {
      await client.end();
    }
    expect(statements).toHaveLength(1);

    const prismaRows = await stored(viaPrisma);
    expect(prismaRows).toHaveLength(3);
    expect(prismaRows[0]).toMatchObject({ after: { rows: 3, total: "54200000000" }, before: null });
    expect(prismaRows[1]).toMatchObject({ before: { role: "case_officer" }, after: { role: "regulator" }, ip: "203.0.113.9" });
    expect(prismaRows[2]).toMatchObject({ before: null, after: null });
    expect((await stored(viaSql)).map((r) => ({ ...r, entityType: viaPrisma }))).toEqual(prismaRows);
  });

  it("commits with the caller's transaction, or not at all", async () => {
    const entityType = unique("batch-rollback");
    await expect(
      prisma.$transaction(async (tx) => {
        await recordAuditBatch(tx, entries(entityType));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await stored(entityType)).toEqual([]);
  });

  it("writes nothing for no entries", async () => {
    const none: unknown[] = [];
    await recordAuditBatch({ query: async (text) => none.push(text) }, []);
    expect(none).toEqual([]);
  });
});
