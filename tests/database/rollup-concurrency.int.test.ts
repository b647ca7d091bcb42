import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { makeCase } from "@/tests/support/factories";

afterAll(() => prisma.$disconnect());

describe("the monthly rollup under concurrent writers", () => {
  it("two transactions writing days of the same case and month take turns, and the month adds up", async () => {
    const incident = await makeCase();
    const [a, b] = [new pg.Client({ connectionString: inject("databaseUrl") }), new pg.Client({ connectionString: inject("databaseUrl") })];
    await Promise.all([a.connect(), b.connect()]);
    try {
      const insert = (client: pg.Client, day: string, records: number) =>
        client.query(`INSERT INTO daily_record_counts ("incidentId", day, records, provenance) VALUES ($1, $2, $3, 'reported')`, [incident.id, day, records]);
      await a.query("BEGIN");
      await b.query("BEGIN");
      await insert(a, "2022-03-01", 10);
      // b's rollup waits for a to finish instead of recomputing March without a's day.
      const second = insert(b, "2022-03-02", 5).then(() => b.query("COMMIT"));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await a.query("COMMIT");
      await second;
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    const march = await prisma.monthlyRecordTotal.findUniqueOrThrow({ where: { incidentId_month: { incidentId: incident.id, month: new Date("2022-03-01") } } });
    expect([Number(march.records), march.days]).toEqual([15, 2]);
  });
});
