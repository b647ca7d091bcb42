// The migration that adds text extraction: files uploaded before it that have text (PDF, plain
// text, Markdown, CSV) start `pending`, so `npm run evidence:extract` reads them; other types are
// `none`. A page's lowercased text is kept by PostgreSQL itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseBeforeMigration, type DatabaseBeforeMigration } from "@/tests/support/migration-steps";

const MIGRATION = "20261203400000_evidence_text_search";

describe(`migration ${MIGRATION}`, () => {
  let db: DatabaseBeforeMigration;

  beforeAll(async () => {
    db = await databaseBeforeMigration(MIGRATION);
    const q = (sql: string, values: unknown[] = []) => db.client.query(sql, values);
    await q(`INSERT INTO organizations (id, slug, name, kind, "updatedAt") VALUES ('org1', 'test-pay', 'Test Pay', 'company', now())`);
    await q(`INSERT INTO incidents (id, slug, title, summary, "investigatedOrgId", "updatedAt") VALUES ('case1', 'case-one', 'Case', 'Summary', 'org1', now())`);
    for (const [id, mediaType] of [
      ["pdf", "application/pdf"],
      ["txt", "text/plain"],
      ["csv", "text/csv"],
      ["png", "image/png"],
      ["zip", "application/zip"],
    ]) {
      await q(`INSERT INTO evidence_files (id, "incidentId", title, "originalName", "mediaType", size, sha256) VALUES ($1, 'case1', $1, $1, $2, 10, $3)`, [id, mediaType, "0".repeat(64)]);
    }
    await db.migrate();
  });

  afterAll(async () => {
    await db?.dispose();
  });

  it("marks earlier files with text pending and the others none", async () => {
    const rows = (await db.client.query(`SELECT id, extraction::text AS extraction FROM evidence_files ORDER BY id`)).rows;
    expect(rows).toEqual([
      { id: "csv", extraction: "pending" },
      { id: "pdf", extraction: "pending" },
      { id: "png", extraction: "none" },
      { id: "txt", extraction: "pending" },
      { id: "zip", extraction: "none" },
    ]);
  });

  it("keeps each page's lowercased text beside it", async () => {
    await db.client.query(`INSERT INTO evidence_pages ("fileId", page, text) VALUES ('pdf', 1, 'Alipay 동의 CONSENT')`);
    expect((await db.client.query(`SELECT "textLower" FROM evidence_pages`)).rows).toEqual([{ textLower: "alipay 동의 consent" }]);
  });
});
