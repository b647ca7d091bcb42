import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { makeCase, makeUser, unique } from "@/tests/support/factories";
import type { AuditEntry } from "./record-audit";
import { recordAuditBatch } from "./record-audit-batch";

// Each test's rows carry their own marker as entityId, so tests never see each other's rows.
let entries: (marker: string) => AuditEntry[];
beforeAll(async () => {
  const [incident, user] = await Promise.all([makeCase(), makeUser("regulator")]);
  entries = (marker) => [
    { actor: { id: user.id, label: user.email }, action: "series.imported", entityType: "series_import", entityId: marker, incidentId: incident.id, after: { rows: 3, fileName: "x'; DROP TABLE audit_events; --.csv", total: 54_200_000_000n } },
    { actor: { id: null, label: "system" }, action: "series.imported", entityType: "series_import", entityId: marker, before: { role: "case_officer", note: 'quote " and \\ backslash' }, after: { role: "regulator", note: 'quote " and \\ backslash' }, ip: "203.0.113.9" },
    { actor: { id: null, label: "system" }, action: "auth.sign_out", entityType: "user", entityId: marker },
  ];
});
afterAll(() => prisma.$disconnect());

const stored = (marker: string) =>
  prisma.auditEvent.findMany({ where: { entityId: marker }, orderBy: { id: "asc" }, select: { actorId: true, actorLabel: true, action: true, entityType: true, entityId: true, incidentId: true, before: true, after: true, ip: true } });

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
    expect((await stored(viaSql)).map((r) => ({ ...r, entityId: viaPrisma }))).toEqual(prismaRows);
  });

  it("commits with the caller's transaction, or not at all", async () => {
    const marker = unique("batch-rollback");
    await expect(
      prisma.$transaction(async (tx) => {
        await recordAuditBatch(tx, entries(marker));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await stored(marker)).toEqual([]);
  });

  it("writes nothing for no entries", async () => {
    const none: unknown[] = [];
    await recordAuditBatch({ query: async (text) => none.push(text) }, []);
    expect(none).toEqual([]);
  });
});
