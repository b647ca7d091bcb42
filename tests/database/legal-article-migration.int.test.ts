// The move of free-text legal bases into the article library (migration
// 20261201120000_legal_article_library): lines that read as one article of a known law become
// library articles and links, in their order; everything else stays as it was; a decided
// sanction stays guarded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseBeforeMigration, type DatabaseBeforeMigration } from "@/tests/support/migration-steps";

const MIGRATION = "20261201120000_legal_article_library";
let db: DatabaseBeforeMigration;

const rows = async (sql: string, params: unknown[] = []) => (await db.client.query(sql, params)).rows;

beforeAll(async () => {
  db = await databaseBeforeMigration(MIGRATION);
  const q = (sql: string, params: unknown[]) => db.client.query(sql, params);
  await q(`INSERT INTO organizations (id, slug, name, kind, "updatedAt") VALUES ('org1', 'test-pay', 'Test Pay', 'company', now())`, []);
  await q(`INSERT INTO incidents (id, slug, title, summary, "investigatedOrgId", "legalBasisExamined", "updatedAt") VALUES ($1, 'c1', 'Case', 'Summary', 'org1', $2, now())`, [
    "case1",
    ["Credit Information Use and Protection Act, Art. 17", "Demo legal basis (fictional)", "PIPA Art. 17(1)", "신용정보법 제32조"],
  ]);
  await q(`INSERT INTO findings (id, "incidentId", title, body, severity, "legalArticles", "evidenceRefs", "updatedAt") VALUES ($1, 'case1', 'F', 'B', 'high', $2, '{}', now())`, [
    "finding1",
    ["Art. 17", "Credit Information Act Art. 32", "credit information act, art. 32", "Some Other Act, Art. 3"],
  ]);
  await q(`INSERT INTO findings (id, "incidentId", title, body, severity, "legalArticles", "evidenceRefs", "updatedAt") VALUES ($1, 'case1', 'F2', 'B', 'low', $2, '{}', now())`, [
    "finding2",
    ["Nothing to read here"],
  ]);
  await q(`INSERT INTO sanctions (id, "incidentId", type, "subjectName", "amountKrw", "legalBasis", status, "decisionDate") VALUES ($1, 'case1', 'fine', 'Test Pay', 15000000000, $2, 'decided', '2025-01-10')`, [
    "sanction1",
    ["Credit Information Act, Art. 42-2", "Enforcement Decree, Art. 36"],
  ]);
  await q(`INSERT INTO sanctions (id, "incidentId", type, "subjectName", "legalBasis", status) VALUES ($1, 'case1', 'institutional_warning', 'Test Pay', $2, 'proposed')`, [
    "sanction2",
    ["PIPA Art. 17(1)"],
  ]);
  await db.migrate();
});

afterAll(async () => {
  await db?.dispose();
});

describe("moving free-text legal bases into the library", () => {
  it("creates each recognised article once, with its law", async () => {
    const articles = await rows(`SELECT "lawCode", "lawName", "lawNameKo", "number", "numberKey", title FROM legal_articles ORDER BY "lawCode", "numberKey"`);
    expect(articles).toEqual([
      { lawCode: "CIUPA", lawName: "Credit Information Use and Protection Act", lawNameKo: "신용정보의 이용 및 보호에 관한 법률", number: "17", numberKey: "17", title: null },
      { lawCode: "CIUPA", lawName: "Credit Information Use and Protection Act", lawNameKo: "신용정보의 이용 및 보호에 관한 법률", number: "32", numberKey: "32", title: null },
      { lawCode: "CIUPA", lawName: "Credit Information Use and Protection Act", lawNameKo: "신용정보의 이용 및 보호에 관한 법률", number: "42-2", numberKey: "42-2", title: null },
      { lawCode: "PIPA", lawName: "Personal Information Protection Act", lawNameKo: "개인정보 보호법", number: "17(1)", numberKey: "17(1)", title: null },
    ]);
  });

  it("links them in the order they were written, once per article", async () => {
    const links = async (table: string, owner: string, id: string) =>
      (await rows(`SELECT a."lawCode" || ' ' || a."numberKey" AS article, l.position FROM ${table} l JOIN legal_articles a ON a.id = l."articleId" WHERE l."${owner}" = $1 ORDER BY l.position`, [id]));
    expect(await links("incident_legal_articles", "incidentId", "case1")).toEqual([
      { article: "CIUPA 17", position: 0 },
      { article: "PIPA 17(1)", position: 1 },
      { article: "CIUPA 32", position: 2 },
    ]);
    expect(await links("finding_legal_articles", "findingId", "finding1")).toEqual([{ article: "CIUPA 32", position: 0 }]);
    expect(await links("finding_legal_articles", "findingId", "finding2")).toEqual([]);
    expect(await links("sanction_legal_articles", "sanctionId", "sanction1")).toEqual([{ article: "CIUPA 42-2", position: 0 }]);
    expect(await links("sanction_legal_articles", "sanctionId", "sanction2")).toEqual([{ article: "PIPA 17(1)", position: 0 }]);
  });

  it("keeps every line that did not match, in its order", async () => {
    expect(await rows(`SELECT "legalBasisExamined" FROM incidents WHERE id = 'case1'`)).toEqual([{ legalBasisExamined: ["Demo legal basis (fictional)"] }]);
    expect(await rows(`SELECT id, "legalArticles" FROM findings ORDER BY id`)).toEqual([
      { id: "finding1", legalArticles: ["Art. 17", "Some Other Act, Art. 3"] },
      { id: "finding2", legalArticles: ["Nothing to read here"] },
    ]);
    expect(await rows(`SELECT id, "legalBasis" FROM sanctions ORDER BY id`)).toEqual([
      { id: "sanction1", legalBasis: ["Enforcement Decree, Art. 36"] },
      { id: "sanction2", legalBasis: [] },
    ]);
  });

  it("leaves the decided sanction otherwise unchanged, and guarded", async () => {
    expect(await rows(`SELECT status, "amountKrw", version FROM sanctions WHERE id = 'sanction1'`)).toEqual([{ status: "decided", amountKrw: "15000000000", version: 1 }]);
    const triggers = await rows(`SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid IN ('sanctions'::regclass, 'sanction_legal_articles'::regclass) AND NOT tgisinternal ORDER BY tgname`);
    expect(triggers).toEqual([
      { tgname: "sanction_legal_articles_guard", tgenabled: "O" },
      { tgname: "sanctions_history_guard", tgenabled: "O" },
      { tgname: "sanctions_legal_basis_guard", tgenabled: "O" },
    ]);
    await expect(db.client.query(`UPDATE sanctions SET "amountKrw" = 1 WHERE id = 'sanction1'`)).rejects.toThrow(/decided/);
    await expect(db.client.query(`UPDATE sanctions SET "legalBasis" = '{}' WHERE id = 'sanction1'`)).rejects.toThrow(/decided/);
    await expect(db.client.query(`DELETE FROM sanction_legal_articles WHERE "sanctionId" = 'sanction1'`)).rejects.toThrow(/decided/);
    const [{ id }] = await rows(`SELECT id FROM legal_articles WHERE "numberKey" = '32'`);
    await expect(db.client.query(`INSERT INTO sanction_legal_articles ("sanctionId", "articleId", position) VALUES ('sanction1', $1, 1)`, [id])).rejects.toThrow(/decided/);
    await db.client.query(`UPDATE sanctions SET "legalBasis" = '{}' WHERE id = 'sanction2'`);
    await db.client.query(`DELETE FROM sanction_legal_articles WHERE "sanctionId" = 'sanction2'`);
  });

  it("refuses a second copy of an article", async () => {
    await expect(db.client.query(`INSERT INTO legal_articles (id, "lawCode", "lawName", "number", "numberKey", "updatedAt") VALUES ('x', 'PIPA', 'PIPA', '17 (1)', '17(1)', now())`)).rejects.toThrow(/unique/);
  });
});
