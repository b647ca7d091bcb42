import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { makeCase, makeViewer, unique } from "@/tests/support/factories";
import { legalArticleActions } from "./mutations";

let admin: Viewer;
let regulator: Viewer;
let officer: Viewer;

beforeAll(async () => {
  [admin, regulator, officer] = await Promise.all([makeViewer("admin"), makeViewer("regulator"), makeViewer("case_officer")]);
});
afterAll(() => prisma.$disconnect());

const lawCode = () => unique("t").toUpperCase();
const article = (law: string, number: string) => ({ lawCode: law, lawName: `Test Act ${law}`, lawNameKo: "시험법", number, title: "Consent to provision", titleKo: "제공 동의", url: "https://www.law.go.kr/", lawVersion: "" });
const auditCount = () => prisma.auditEvent.count({ where: { entityType: "legal_article" } });

describe("adding an article to the library", () => {
  it("stores it with its normalised number and an audit row", async () => {
    const law = lawCode();
    const result = await executeAction(officer, legalArticleActions.create, article(law, " 34-2 (1) "));
    expect(result).toMatchObject({ ok: true, data: { lawCode: law, number: "34-2 (1)", numberKey: "34-2(1)", version: 1 } });
    const id = result.ok ? result.data.id : "";
    expect(await prisma.auditEvent.count({ where: { entityType: "legal_article", entityId: id, action: "legal_article.created" } })).toBe(1);
  });

  it("refuses an article already in the library, however its number is written, and writes nothing", async () => {
    const law = lawCode();
    expect(await executeAction(regulator, legalArticleActions.create, article(law, "17(1)"))).toMatchObject({ ok: true });
    const [articles, audits] = [await prisma.legalArticle.count(), await auditCount()];
    for (const number of ["17(1)", "17 (1)", "Art. 17(1)", "제17조 제1항"]) {
      expect(await executeAction(officer, legalArticleActions.create, article(law.toLowerCase(), number))).toMatchObject({
        ok: false,
        error: "invalid",
        fieldErrors: { number: ["validation.legalArticle.exists"] },
      });
    }
    expect([await prisma.legalArticle.count(), await auditCount()]).toEqual([articles, audits]);
  });

  it("refuses bad input with a field error and writes nothing", async () => {
    const before = await prisma.legalArticle.count();
    const law = lawCode();
    const cases: [Record<string, string>, string][] = [
      [{ number: "seventeen" }, "number"],
      [{ url: "javascript:alert(1)" }, "url"],
      [{ url: "ftp://example.org/a" }, "url"],
      [{ lawCode: "no spaces please" }, "lawCode"],
      [{ title: "" }, "title"],
    ];
    for (const [change, field] of cases) {
      const result = await executeAction(officer, legalArticleActions.create, { ...article(law, "3"), ...change });
      expect(result.ok).toBe(false);
      expect(result.ok ? {} : result.fieldErrors).toHaveProperty(field);
    }
    expect(await prisma.legalArticle.count()).toBe(before);
  });

  it("is refused to an administrator", async () => {
    expect(await executeAction(admin, legalArticleActions.create, article(lawCode(), "1"))).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("editing an article", () => {
  it("lets a regulator correct it, at the version read, and refuses a stale save naming who saved first", async () => {
    const law = lawCode();
    const created = await executeAction(officer, legalArticleActions.create, article(law, "5"));
    if (!created.ok) throw new Error(created.message);
    const edit = { ...article(law, "5"), articleId: created.data.id, version: 1, title: "Corrected title" };
    expect(await executeAction(officer, legalArticleActions.update, edit)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await executeAction(regulator, legalArticleActions.update, edit)).toMatchObject({ ok: true, data: { title: "Corrected title", version: 2 } });
    const stale = await executeAction(regulator, legalArticleActions.update, { ...edit, title: "Lost update" });
    expect(stale).toMatchObject({ ok: false, error: "conflict", conflict: { current: { title: "Corrected title" } } });
    expect(await prisma.legalArticle.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ title: "Corrected title", version: 2 });
  });

  it("refuses renumbering it onto another article of the same law", async () => {
    const law = lawCode();
    await executeAction(officer, legalArticleActions.create, article(law, "6"));
    const seven = await executeAction(officer, legalArticleActions.create, article(law, "7"));
    if (!seven.ok) throw new Error(seven.message);
    expect(await executeAction(regulator, legalArticleActions.update, { ...article(law, "6"), articleId: seven.data.id, version: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { number: ["validation.legalArticle.exists"] },
    });
    expect(await prisma.legalArticle.findUniqueOrThrow({ where: { id: seven.data.id } })).toMatchObject({ numberKey: "7", version: 1 });
  });

  it("keeps the law and number a decided sanction cites, and still lets its title be corrected", async () => {
    const law = lawCode();
    const cited = await executeAction(regulator, legalArticleActions.create, article(law, "32"));
    if (!cited.ok) throw new Error(cited.message);
    const incident = await makeCase();
    // Decided through the workflow elsewhere; here the decided row is enough.
    await prisma.sanction.create({ data: { incidentId: incident.id, type: "fine", subjectName: "Test Pay Co.", status: "decided", articles: { create: { articleId: cited.data.id, position: 0 } } } });
    const audits = await auditCount();
    expect(await executeAction(regulator, legalArticleActions.update, { ...article(law, "33"), articleId: cited.data.id, version: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { number: ["validation.legalArticle.decided"] },
    });
    expect(await prisma.legalArticle.findUniqueOrThrow({ where: { id: cited.data.id } })).toMatchObject({ numberKey: "32", version: 1 });
    expect(await auditCount()).toBe(audits);
    expect(await executeAction(regulator, legalArticleActions.update, { ...article(law, "32"), title: "Consent to the provision of credit information", articleId: cited.data.id, version: 1 })).toMatchObject({
      ok: true,
      data: { title: "Consent to the provision of credit information", version: 2 },
    });
  });
});
