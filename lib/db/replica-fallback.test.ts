import { describe, expect, it, vi } from "vitest";
import { createPrismaClient, type PrismaClient } from "./create-client";
import { isRecoveryConflict, withPrimaryFallback } from "./replica-fallback";

// A replica nobody answers for (port 1 refuses at once), and a stand-in primary that records what
// it is asked: the retry must ask it the same question, with the same arguments.
function setUp() {
  const asked: unknown[] = [];
  const primary = {
    $queryRaw: async (sql: unknown) => (asked.push(["$queryRaw", sql]), [{ standby: false }]),
    $queryRawUnsafe: async (...args: unknown[]) => (asked.push(["$queryRawUnsafe", ...args]), [{ n: 1 }]),
    incident: { count: async (args: unknown) => (asked.push(["incident.count", args]), 7), deleteMany: async (args: unknown) => (asked.push(["incident.deleteMany", args]), { count: 0 }) },
  } as unknown as PrismaClient;
  const gone = vi.fn();
  const replica = createPrismaClient({ url: "postgresql://casefile:x@127.0.0.1:1/casefile", poolTimeoutMs: 1_000 });
  return { asked, gone, client: withPrimaryFallback(replica, { primary, onReplicaGone: gone }), replica };
}

describe("withPrimaryFallback", () => {
  it("asks the primary the same read when the replica cannot be reached, and says the replica is gone", async () => {
    const { asked, gone, client, replica } = setUp();
    try {
      expect(await client.$queryRaw`SELECT pg_is_in_recovery() AS standby, ${5}::int AS n`).toEqual([{ standby: false }]);
      expect(await client.incident.count({ where: { slug: "x" } })).toBe(7);
      expect(await client.$queryRawUnsafe("SELECT $1::int AS n", 1)).toEqual([{ n: 1 }]);
      expect(asked).toEqual([
        ["$queryRaw", expect.objectContaining({ strings: ["SELECT pg_is_in_recovery() AS standby, ", "::int AS n"], values: [5] })],
        ["incident.count", { where: { slug: "x" } }],
        ["$queryRawUnsafe", "SELECT $1::int AS n", 1],
      ]);
      expect(gone).toHaveBeenCalledTimes(3);
    } finally {
      await replica.$disconnect();
    }
  });

  it("never moves a write to the primary (a write has no business on the replica's client)", async () => {
    const { asked, client, replica } = setUp();
    try {
      await expect(client.incident.deleteMany({ where: { slug: "x" } })).rejects.toThrow();
      expect(asked).toEqual([]);
    } finally {
      await replica.$disconnect();
    }
  });
});

describe("isRecoveryConflict", () => {
  it.each([
    ["from the adapter, inside Prisma's error", { code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "40001" } } } }, true],
    ["from node-postgres directly", { code: "40001" }, true],
    ["a statement timeout", { code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "57014" } } } }, false],
    ["a unique violation", { code: "P2002" }, false],
    ["not an object", "40001", false],
    ["null", null, false],
  ])("%s → %s", (_label, error, expected) => {
    expect(isRecoveryConflict(error)).toBe(expected);
  });
});
