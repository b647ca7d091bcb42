// The move of Finding.evidenceRefs into evidence links (migration 20261202100000_evidence_files):
// every free-text reference becomes a link without a file on its finding, in the order it was
// written; nothing is deleted, and the old column still reads as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseBeforeMigration, type DatabaseBeforeMigration } from "@/tests/support/migration-steps";

const MIGRATION = "20261202100000_evidence_files";
let db: DatabaseBeforeMigration;

const rows = async (sql: string, params: unknown[] = []) => (await db.client.query(sql, params)).rows;

beforeAll(async () => {
  db = await databaseBeforeMigration(MIGRATION);
  const q = (sql: string, params: unknown[] = []) => db.client.query(sql, params);
  await q(`INSERT INTO organizations (id, slug, name, kind, "updatedAt") VALUES ('org1', 'test-pay', 'Test Pay', 'company', now())`);
  await q(`INSERT INTO incidents (id, slug, title, summary, "investigatedOrgId", "updatedAt") VALUES ('case1', 'c1', 'Case', 'Summary', 'org1', now())`);
  const finding = (id: string, refs: string[], deleted = false) =>
    q(`INSERT INTO findings (id, "incidentId", title, body, severity, "evidenceRefs", "deletedAt", "updatedAt") VALUES ($1, 'case1', 'F', 'B', 'high', $2, $3, now())`, [id, refs, deleted ? new Date() : null]);
  await finding("finding1", ["FSS inspection report, p. 12", "Kakao Pay reply of 2024-08-20", "검사 결과 보고서 3쪽"]);
  await finding("finding2", []);
  await finding("finding3", ["Same ref", "Same ref"], true);
  await db.migrate();
});

afterAll(async () => {
  await db?.dispose();
});

describe("moving free-text evidence references into links", () => {
  it("makes one link without a file per reference, in order, on its finding and case", async () => {
    const links = await rows(`SELECT "findingId", "incidentId", "fileId", label, position FROM evidence_links WHERE "findingId" = 'finding1' ORDER BY position`);
    expect(links).toEqual([
      { findingId: "finding1", incidentId: "case1", fileId: null, label: "FSS inspection report, p. 12", position: 0 },
      { findingId: "finding1", incidentId: "case1", fileId: null, label: "Kakao Pay reply of 2024-08-20", position: 1 },
      { findingId: "finding1", incidentId: "case1", fileId: null, label: "검사 결과 보고서 3쪽", position: 2 },
    ]);
  });

  it("keeps repeated references and those of deleted findings, and makes nothing for a finding without any", async () => {
    expect(await rows(`SELECT label, position FROM evidence_links WHERE "findingId" = 'finding3' ORDER BY position`)).toEqual([
      { label: "Same ref", position: 0 },
      { label: "Same ref", position: 1 },
    ]);
    expect(await rows(`SELECT id FROM evidence_links WHERE "findingId" = 'finding2'`)).toEqual([]);
  });

  it("leaves the old column as it was", async () => {
    expect(await rows(`SELECT "evidenceRefs" FROM findings WHERE id = 'finding1'`)).toEqual([{ evidenceRefs: ["FSS inspection report, p. 12", "Kakao Pay reply of 2024-08-20", "검사 결과 보고서 3쪽"] }]);
  });

  it("refuses a link with no target, two targets, or neither a file nor a label", async () => {
    const insert = (columns: string, values: string) => db.client.query(`INSERT INTO evidence_links (id, "incidentId", ${columns}) VALUES ('x', 'case1', ${values})`);
    await expect(insert(`label`, `'no target'`)).rejects.toThrow(/evidence_links_one_target/);
    await expect(db.client.query(`INSERT INTO timeline_events (id, "incidentId", "occurredOn", kind, title, "updatedAt") VALUES ('event1', 'case1', '2024-01-01', 'other', 'E', now())`)).resolves.toBeDefined();
    await expect(insert(`label, "findingId", "timelineEventId"`, `'two', 'finding1', 'event1'`)).rejects.toThrow(/evidence_links_one_target/);
    await expect(insert(`"findingId"`, `'finding1'`)).rejects.toThrow(/evidence_links_file_or_label/);
  });
});
