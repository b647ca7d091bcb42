import { describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";

// Found by the load test (bench/load): with every pooled connection busy, a save waited only
// Prisma's default 2 s for a connection and failed ("Unable to start a transaction in the given
// time"), while a plain read would have waited the configured pool timeout.
describe("a transaction waits for a pooled connection", () => {
  it("as long as the configured pool timeout, not Prisma's default 2 s", async () => {
    const client = createPrismaClient({ url: inject("databaseUrl"), poolSize: 1, poolTimeoutMs: 10_000 });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let started!: () => void;
      const holding = new Promise<void>((resolve) => (started = resolve));
      // Holds the only connection for 3 s.
      const first = client.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        started();
        await held;
      });
      await holding;
      const second = client.$transaction(async (tx) => tx.$queryRaw<{ n: number }[]>`SELECT 2 AS n`);
      setTimeout(release, 3_000);
      await first;
      expect(await second).toEqual([{ n: 2 }]);
    } finally {
      await client.$disconnect();
    }
  }, 20_000);
});
