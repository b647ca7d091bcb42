// Picking library articles on a finding: links in the order picked, replaced on an edit, left
// alone by a caller that does not send them, refused (nothing written) for an unknown article,
// and listed on the audit row as citations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { findingActions } from "@/lib/findings/mutations";
import { sanctionActions } from "@/lib/sanctions/mutations";
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

describe("a sanction's library articles", () => {
  it("are linked when proposed, carried to an appeal outcome's new version, and fixed once decided", async () => {
    const regulator = await makeViewer("regulator");
    const sanctionCase = await makeCase();
    await prisma.incident.update({ where: { id: sanctionCase.id }, data: { workflowState: "sanction_review" } });
    const proposed = await executeAction(regulator, sanctionActions.create, {
      incidentId: sanctionCase.id,
      type: "fine",
      subjectName: "Test Pay Co.",
      proposedAmount: "6,000,000,000",
      currency: "KRW",
      legalBasis: "Enforcement Decree, Art. 36",
      articleIds: [art32],
    });
    if (!proposed.ok) throw new Error(proposed.message);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: proposed.data.id, action: "sanction.proposed" } });
    expect(audit.after).toMatchObject({ articles: [`${law} Art. 32`], legalBasis: ["Enforcement Decree, Art. 36"] });

    // Decided outside this test's concern (the workflow's decision step), then appealed.
    await prisma.sanction.update({ where: { id: proposed.data.id }, data: { status: "decided", amountMinor: 6_000_000_000n, decisionDate: new Date("2025-01-10") } });
    await prisma.incident.update({ where: { id: sanctionCase.id }, data: { workflowState: "appealed" } });
    await expect(prisma.sanctionLegalArticle.deleteMany({ where: { sanctionId: proposed.data.id } })).rejects.toThrow();
    const reduced = await executeAction(regulator, sanctionActions.recordAppealOutcome, { sanctionId: proposed.data.id, version: 1, outcome: "reduced", amount: "3,000,000,000", currency: "KRW", decidedOn: "2025-06-01", docRefs: "Judgment" });
    if (!reduced.ok) throw new Error(reduced.message);
    const links = await prisma.sanctionLegalArticle.findMany({ where: { sanctionId: { in: [proposed.data.id, reduced.data.id] } } });
    expect(links.map((l) => [l.sanctionId, l.articleId]).sort()).toEqual([[proposed.data.id, art32], [reduced.data.id, art32]].sort());
    expect(reduced.data.legalBasis).toEqual(["Enforcement Decree, Art. 36"]);
  });
});
