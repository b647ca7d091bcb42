import { Readable } from "node:stream";
import { afterAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { runSeriesImport } from "@/lib/series/import/run-import";
import { makeCase } from "@/tests/support/factories";

// Instants are stored as UTC in `timestamp without time zone`. SQL that compares them with now()
// (the dashboard's days in each state) or lets a column default fill them (the importer's rows)
// is only right if every session runs in UTC, whatever zone the server was installed with.
describe("database sessions run in UTC", () => {
  afterAll(() => prisma.$disconnect());

  it("for the app's client, even when the database's own default is Seoul", async () => {
    const [db] = await prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    await prisma.$executeRawUnsafe(`ALTER DATABASE "${db!.name}" SET timezone = 'Asia/Seoul'`);
    try {
      // New connections pick up the database default unless the client overrides it.
      const fresh = (await import("@/lib/db/create-client")).createPrismaClient({ url: inject("databaseUrl") });
      const [row] = await fresh.$queryRaw<{ tz: string }[]>`SELECT current_setting('TimeZone') AS tz`;
      await fresh.$disconnect();
      expect(row?.tz).toBe("UTC");

      // The importer's own connection too: its import row's finishedAt is now, in UTC.
      const incident = await makeCase();
      const outcome = await runSeriesImport({
        databaseUrl: inject("databaseUrl"),
        source: Readable.from([Buffer.from("day,records\n2020-01-01,1\n")]),
        incident: { id: incident.id },
        defaultProvenance: "reported",
        actor: { id: null, label: "test" },
      });
      expect(outcome.ok).toBe(true);
      const imported = await prisma.seriesImport.findFirstOrThrow({ where: { incidentId: incident.id } });
      expect(Math.abs(imported.finishedAt!.getTime() - Date.now())).toBeLessThan(60_000);
    } finally {
      await prisma.$executeRawUnsafe(`ALTER DATABASE "${db!.name}" RESET timezone`);
    }
  });
});
