// A finding's free-text evidence references are evidence links without a file: the form's lines
// replace the finding's label links in the finding's own transaction (in order, audited on the
// finding's row as `evidenceRefs`), files linked to it stay, the old column is no longer
// written, and a stale save changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { findingActions } from "./mutations";

let officer: Viewer;
let colleague: Viewer;
let incidentId: string;

beforeAll(async () => {
  [officer, colleague] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer")]);
  incidentId = (await makeCase({ assignTo: [officer.id, colleague.id] })).id;
});
afterAll(() => prisma.$disconnect());

const fields = (evidenceRefs: string, title = "Shared without consent") => ({ title, body: "As inspected.", severity: "high", legalArticles: "", evidenceRefs });

const labelsOf = async (findingId: string) =>
  (await prisma.evidenceLink.findMany({ where: { findingId, fileId: null, deletedAt: null }, orderBy: { position: "asc" } })).map((l) => [l.label, l.position]);

async function createWith(evidenceRefs: string) {
  const result = await executeAction(officer, findingActions.create, { incidentId, ...fields(evidenceRefs) });
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe("a finding's evidence references", () => {
  it("are written as label links in order, not into the old column, and audited on the finding", async () => {
    const finding = await createWith("FSS inspection report, p. 12\n\nKakao Pay reply of 2024-08-20");
    expect(await labelsOf(finding.id)).toEqual([["FSS inspection report, p. 12", 0], ["Kakao Pay reply of 2024-08-20", 1]]);
    expect((await prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).evidenceRefs).toEqual([]);
    const links = await prisma.evidenceLink.findMany({ where: { findingId: finding.id } });
    expect(links.every((l) => l.incidentId === incidentId && l.locator === null)).toBe(true);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: finding.id, action: "finding.created" } });
    expect(audit.after).toMatchObject({ evidenceRefs: ["FSS inspection report, p. 12", "Kakao Pay reply of 2024-08-20"] });
  });

  it("are replaced by an edit, which lists them before and after, and leaves linked files alone", async () => {
    const finding = await createWith("A\nB");
    const file = await prisma.evidenceFile.create({
      data: { incidentId, title: "Report", originalName: "report.pdf", mediaType: "application/pdf", size: 10, sha256: "a".repeat(64) },
    });
    await prisma.evidenceLink.create({ data: { incidentId, fileId: file.id, findingId: finding.id, locator: "p. 12", position: 2 } });
    const edited = await executeAction(officer, findingActions.update, { findingId: finding.id, version: 1, ...fields("B\nC\n검사 결과 보고서 3쪽") });
    expect(edited).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await labelsOf(finding.id)).toEqual([["B", 0], ["C", 1], ["검사 결과 보고서 3쪽", 2]]);
    expect(await prisma.evidenceLink.count({ where: { findingId: finding.id, fileId: file.id, deletedAt: null } })).toBe(1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: finding.id, action: "finding.updated" } });
    expect(audit.before).toMatchObject({ evidenceRefs: ["A", "B"] });
    expect(audit.after).toMatchObject({ evidenceRefs: ["B", "C", "검사 결과 보고서 3쪽"] });
  });

  it("survive an edit that keeps them, and a status change", async () => {
    const finding = await createWith("Inspection record 3");
    expect(await executeAction(officer, findingActions.update, { findingId: finding.id, version: 1, ...fields("Inspection record 3", "Retitled") })).toMatchObject({ ok: true });
    expect(await executeAction(officer, findingActions.changeStatus, { findingId: finding.id, version: 2, status: "confirmed", reason: "Reproduced." })).toMatchObject({ ok: true });
    expect(await labelsOf(finding.id)).toEqual([["Inspection record 3", 0]]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: finding.id, action: "finding.updated" } });
    expect(audit.after).toMatchObject({ title: "Retitled" });
    expect(audit.after).not.toHaveProperty("evidenceRefs");
  });

  it("are left as they were by a stale save, which conflicts", async () => {
    const finding = await createWith("Original reference");
    expect(await executeAction(officer, findingActions.update, { findingId: finding.id, version: 1, ...fields("Officer's reference") })).toMatchObject({ ok: true });
    const stale = await executeAction(colleague, findingActions.update, { findingId: finding.id, version: 1, ...fields("Colleague's reference") });
    expect(stale).toMatchObject({ ok: false, error: "conflict", conflict: { changedBy: officer.email } });
    expect(await labelsOf(finding.id)).toEqual([["Officer's reference", 0]]);
  });

  it("refuse an overlong line and write nothing", async () => {
    const before = await prisma.evidenceLink.count();
    const result = await executeAction(officer, findingActions.create, { incidentId, ...fields("x".repeat(501)) });
    expect(result).toMatchObject({ ok: false, fieldErrors: { evidenceRefs: [expect.any(String)] } });
    expect(await prisma.evidenceLink.count()).toBe(before);
  });
});
