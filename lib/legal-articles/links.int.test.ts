// Picking library articles on a finding: links in the order picked, replaced on an edit, left
// alone by a caller that does not send them, refused (nothing written) for an unknown article,
// and listed on the audit row as citations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { findingActions } from "@/lib/findings/mutations";
import { makeCase, makeViewer, unique } from "@/tests/support/factories";

let officer: Viewer;
let incidentId: string;
let law: string;
let art17: string;
let art32: string;

beforeAll(async () => {
  officer = await makeViewer("case_officer");
  incidentId = (await makeCase({ assignTo: [officer.id] })).id;
  law = unique("t").toUpperCase();
  const make = (number: string) => prisma.legalArticle.create({ data: { lawCode: law, lawName: "Test Act", number, numberKey: number, title: `Article ${number}` } });
  const [a17, a32] = await Promise.all([make("17"), make("32")]);
  [art17, art32] = [a17.id, a32.id];
});
afterAll(() => prisma.$disconnect());

const finding = (extra: object) => ({ incidentId, title: "Shared without consent", body: "As inspected.", severity: "high", legalArticles: "Enforcement Decree, Art. 36", evidenceRefs: "", ...extra });
const linksOf = async (findingId: string) =>
  (await prisma.findingLegalArticle.findMany({ where: { findingId }, orderBy: { position: "asc" } })).map((l) => [l.articleId, l.position]);

describe("a finding's library articles", () => {
  it("are linked in the order picked, beside the free text kept as typed, and audited as citations", async () => {
    const result = await executeAction(officer, findingActions.create, finding({ articleIds: [art32, art17] }));
    if (!result.ok) throw new Error(result.message);
    expect(await linksOf(result.data.id)).toEqual([[art32, 0], [art17, 1]]);
    expect(result.data.legalArticles).toEqual(["Enforcement Decree, Art. 36"]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: result.data.id, action: "finding.created" } });
    expect(audit.after).toMatchObject({ articles: [`${law} Art. 32`, `${law} Art. 17`], legalArticles: ["Enforcement Decree, Art. 36"] });
  });

  it("are replaced on an edit, and kept when the edit does not send them", async () => {
    const created = await executeAction(officer, findingActions.create, finding({ articleIds: [art17] }));
    if (!created.ok) throw new Error(created.message);
    const fields = { title: "Shared without consent", body: "As inspected.", severity: "high", legalArticles: "Enforcement Decree, Art. 36", evidenceRefs: "" };
    const edited = await executeAction(officer, findingActions.update, { ...fields, findingId: created.data.id, version: 1, articleIds: [art32, art17] });
    expect(edited).toMatchObject({ ok: true });
    expect(await linksOf(created.data.id)).toEqual([[art32, 0], [art17, 1]]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: created.data.id, action: "finding.updated" } });
    expect(audit.before).toMatchObject({ articles: [`${law} Art. 17`] });
    expect(audit.after).toMatchObject({ articles: [`${law} Art. 32`, `${law} Art. 17`] });
    expect(await executeAction(officer, findingActions.update, { ...fields, findingId: created.data.id, version: 2, title: "Retitled" })).toMatchObject({ ok: true });
    expect(await linksOf(created.data.id)).toEqual([[art32, 0], [art17, 1]]);
  });

  it("refuses an article that is not in the library, or one picked twice, and writes nothing", async () => {
    const [findings, audits] = [await prisma.finding.count(), await prisma.auditEvent.count()];
    expect(await executeAction(officer, findingActions.create, finding({ articleIds: [art17, "nosucharticle"] }))).toMatchObject({
      ok: false,
      fieldErrors: { articleIds: ["validation.legalArticle.missing"] },
    });
    expect(await executeAction(officer, findingActions.create, finding({ articleIds: [art17, art17] }))).toMatchObject({ ok: false, error: "invalid" });
    expect([await prisma.finding.count(), await prisma.auditEvent.count()]).toEqual([findings, audits]);
  });
});
