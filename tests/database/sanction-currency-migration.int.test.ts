// The move of sanction amounts from won-only columns to an amount with its currency: every
// existing sanction keeps its amounts exactly (also past 2^53), gets KRW, and keeps its history
// (supersedes links, appeal outcomes); the guard on decided sanctions still refuses changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseBeforeMigration, type DatabaseBeforeMigration } from "@/tests/support/migration-steps";

const MIGRATION = "20261201130000_sanction_currency";
const BIG = "9007199254740993";

describe(`migration ${MIGRATION}`, () => {
  let db: DatabaseBeforeMigration;

  beforeAll(async () => {
    db = await databaseBeforeMigration(MIGRATION);
    const q = (sql: string, values: unknown[] = []) => db.client.query(sql, values);
    await q(`INSERT INTO organizations (id, slug, name, kind, "updatedAt") VALUES ('org1', 'test-pay', 'Test Pay', 'company', now())`);
    await q(`INSERT INTO incidents (id, slug, title, summary, "investigatedOrgId", "updatedAt") VALUES ('case1', 'case-one', 'Case', 'Summary', 'org1', now())`);
    const sanction = (values: Record<string, unknown>) => {
      const keys = Object.keys(values);
      return q(`INSERT INTO sanctions (${keys.map((k) => `"${k}"`).join(", ")}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(", ")})`, Object.values(values));
    };
    const base = { incidentId: "case1", type: "fine", subjectName: "Test Pay", legalBasis: ["Credit Information Act"], decisionDocRefs: ["FSC 2025-001"], decisionDate: "2025-01-22" };
    await sanction({ ...base, id: "proposed", proposedAmountKrw: "6000000000", status: "proposed", decisionDate: null, decisionDocRefs: [] });
    // Decided at 5 billion, superseded by an appeal that reduced it to 3 billion.
    await sanction({ ...base, id: "decided", proposedAmountKrw: "6000000000", amountKrw: "5000000000", status: "decided" });
    await sanction({ ...base, id: "reduced", proposedAmountKrw: "6000000000", amountKrw: "3000000000", status: "decided", appealOutcome: "reduced", appealDecidedOn: "2025-06-01", appealDocRefs: ["Court 2025"], supersedesId: "decided" });
    await q(`UPDATE sanctions SET status = 'superseded' WHERE id = 'decided'`);
    // Decided past 2^53, then annulled on appeal (its new version is 0).
    await sanction({ ...base, id: "big", proposedAmountKrw: BIG, amountKrw: BIG, status: "decided" });
    await sanction({ ...base, id: "annulled", proposedAmountKrw: BIG, amountKrw: "0", status: "decided", appealOutcome: "annulled", appealDecidedOn: "2025-06-02", appealDocRefs: ["Court 2025-2"], supersedesId: "big" });
    await q(`UPDATE sanctions SET status = 'superseded' WHERE id = 'big'`);
    await sanction({ ...base, id: "warning", type: "institutional_warning", status: "decided" });
    await q(`INSERT INTO audit_events (action, "entityType", "entityId", "incidentId", "actorLabel", before, after) VALUES ('sanction.appeal_reduced', 'sanction', 'reduced', 'case1', 'Old', '{"amountKrw":"5000000000"}', '{"amountKrw":"3000000000"}')`);
    await db.migrate();
  });

  afterAll(async () => {
    await db?.dispose();
  });

  const rows = async () =>
    (
      await db.client.query(
        `SELECT id, status, "amountMinor"::text AS amount, "proposedAmountMinor"::text AS proposed, currency, "supersedesId", "appealOutcome"::text AS outcome, "appealDocRefs", "decisionDocRefs"
         FROM sanctions ORDER BY id`,
      )
    ).rows;

  it("keeps every amount exactly, in KRW, with its history and appeal outcome", async () => {
    expect(await rows()).toEqual([
      { id: "annulled", status: "decided", amount: "0", proposed: BIG, currency: "KRW", supersedesId: "big", outcome: "annulled", appealDocRefs: ["Court 2025-2"], decisionDocRefs: ["FSC 2025-001"] },
      { id: "big", status: "superseded", amount: BIG, proposed: BIG, currency: "KRW", supersedesId: null, outcome: null, appealDocRefs: null, decisionDocRefs: ["FSC 2025-001"] },
      { id: "decided", status: "superseded", amount: "5000000000", proposed: "6000000000", currency: "KRW", supersedesId: null, outcome: null, appealDocRefs: null, decisionDocRefs: ["FSC 2025-001"] },
      { id: "proposed", status: "proposed", amount: null, proposed: "6000000000", currency: "KRW", supersedesId: null, outcome: null, appealDocRefs: null, decisionDocRefs: [] },
      { id: "reduced", status: "decided", amount: "3000000000", proposed: "6000000000", currency: "KRW", supersedesId: "decided", outcome: "reduced", appealDocRefs: ["Court 2025"], decisionDocRefs: ["FSC 2025-001"] },
      { id: "warning", status: "decided", amount: null, proposed: null, currency: "KRW", supersedesId: null, outcome: null, appealDocRefs: null, decisionDocRefs: ["FSC 2025-001"] },
    ]);
  });

  it("still refuses changes to decided sanctions, now also of their currency", async () => {
    const refused = (sql: string) => expect(db.client.query(sql)).rejects.toThrow(/decided|decision record/);
    await refused(`UPDATE sanctions SET "amountMinor" = 1 WHERE id = 'reduced'`);
    await refused(`UPDATE sanctions SET "proposedAmountMinor" = 1 WHERE id = 'decided'`);
    await refused(`UPDATE sanctions SET currency = 'EUR' WHERE id = 'reduced'`);
    await refused(`UPDATE sanctions SET "appealOutcome" = NULL WHERE id = 'annulled'`);
    await refused(`UPDATE sanctions SET status = 'decided' WHERE id = 'big'`);
    await refused(`DELETE FROM sanctions WHERE id = 'warning'`);
    const { rowCount } = await db.client.query(`UPDATE sanctions SET "proposedAmountMinor" = 7, currency = 'EUR' WHERE id = 'proposed'`);
    expect(rowCount).toBe(1);
  });

  it("accepts only three capital letters as a currency", async () => {
    await expect(db.client.query(`UPDATE sanctions SET currency = 'eur' WHERE id = 'proposed'`)).rejects.toThrow(/sanctions_currency_code/);
  });

  it("leaves old audit rows as they were written", async () => {
    const { rows: audit } = await db.client.query(`SELECT before, after FROM audit_events WHERE "entityId" = 'reduced'`);
    expect(audit).toEqual([{ before: { amountKrw: "5000000000" }, after: { amountKrw: "3000000000" } }]);
  });
});
