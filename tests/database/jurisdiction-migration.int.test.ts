// The migration that makes jurisdictions records (20261201110100_jurisdiction_clock_rules), run
// against cases in the old shape: every code a case carries becomes a jurisdiction, the cases
// keep their code, clocks already running keep their due dates (with no frozen rule: they ran on
// Seoul days), and the rules are seeded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseBeforeMigration, type DatabaseBeforeMigration } from "@/tests/support/migration-steps";

let db: DatabaseBeforeMigration;
beforeAll(async () => {
  db = await databaseBeforeMigration("20261201110100_jurisdiction_clock_rules");
  const q = db.client.query.bind(db.client);
  await q(`INSERT INTO organizations (id, slug, name, kind, "updatedAt") VALUES ('org1', 'org-1', 'Org', 'company', now())`);
  for (const [id, code] of [["c-kr", "KR"], ["c-eu", "EU"], ["c-xx", "XX"]] as const) {
    await q(`INSERT INTO incidents (id, slug, title, summary, "investigatedOrgId", jurisdiction, "updatedAt") VALUES ($1, $1, 'Case', 'Summary', 'org1', $2, now())`, [id, code]);
  }
  await q(`INSERT INTO case_clocks (id, "incidentId", kind, "startsAt", "dueAt") VALUES ('clock1', 'c-kr', 'reply_window', '2025-02-28 15:00', '2025-03-11 15:00')`);
  await db.migrate();
}, 120_000);
afterAll(() => db?.dispose());

describe("20261201110100_jurisdiction_clock_rules", () => {
  it("keeps every case's code, and makes an unknown one a jurisdiction of its own so the foreign key holds", async () => {
    const cases = await db.client.query(`SELECT id, jurisdiction FROM incidents ORDER BY id`);
    expect(cases.rows).toEqual([{ id: "c-eu", jurisdiction: "EU" }, { id: "c-kr", jurisdiction: "KR" }, { id: "c-xx", jurisdiction: "XX" }]);
    const codes = await db.client.query(`SELECT code, "timeZone" FROM jurisdictions ORDER BY code`);
    expect(codes.rows).toEqual([{ code: "EU", timeZone: "Europe/Brussels" }, { code: "KR", timeZone: "Asia/Seoul" }, { code: "XX", timeZone: "Asia/Seoul" }]);
    await expect(db.client.query(`UPDATE incidents SET jurisdiction = 'NOPE' WHERE id = 'c-kr'`)).rejects.toThrow(/foreign key/);
  });

  it("seeds the rules: KR 10 days, 90 days, 72 hours; EU 72 hours to notify, the windows not set", async () => {
    const rules = await db.client.query(`SELECT "jurisdictionCode" AS j, kind, length, unit FROM clock_rules ORDER BY j, kind`);
    expect(rules.rows).toEqual([
      { j: "EU", kind: "reply_window", length: null, unit: "days" },
      { j: "EU", kind: "appeal_window", length: null, unit: "days" },
      { j: "EU", kind: "notification_duty", length: 72, unit: "hours" },
      { j: "KR", kind: "reply_window", length: 10, unit: "days" },
      { j: "KR", kind: "appeal_window", length: 90, unit: "days" },
      { j: "KR", kind: "notification_duty", length: 72, unit: "hours" },
    ]);
    await expect(db.client.query(`UPDATE clock_rules SET length = 0 WHERE "jurisdictionCode" = 'KR' AND kind = 'reply_window'`)).rejects.toThrow(/clock_rules_length_positive/);
  });

  it("leaves a running clock's due date alone", async () => {
    const clock = await db.client.query(`SELECT "dueAt", "ruleId", "ruleLength", version FROM case_clocks WHERE id = 'clock1'`);
    expect(clock.rows[0]).toMatchObject({ ruleId: null, ruleLength: null, version: 1 });
    expect((clock.rows[0].dueAt as Date).toISOString()).toBe("2025-03-11T15:00:00.000Z");
  });
});
