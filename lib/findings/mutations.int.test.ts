import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { findingActions } from "./mutations";

let officer: Viewer;
let colleague: Viewer;
let outsider: Viewer;
let regulator: Viewer;
let incidentId: string;

beforeAll(async () => {
  [officer, colleague, outsider, regulator] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("regulator")]);
  incidentId = (await makeCase({ assignTo: [officer.id, colleague.id] })).id;
});
afterAll(() => prisma.$disconnect());

const newFinding = (title = "Phone numbers were hashed without salt") => ({
  incidentId,
  title,
  body: "Inspectors reversed every sampled hash.",
  severity: "high",
  legalArticles: "Art. 17\nArt. 32",
  evidenceRefs: "",
});

async function created() {
  const result = await executeAction(officer, findingActions.create, newFinding());
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe("findings", () => {
  it("an assigned officer creates one; it is audited on the case", async () => {
    const finding = await created();
    expect(finding).toMatchObject({ status: "draft", version: 1, legalArticles: ["Art. 17", "Art. 32"], evidenceRefs: [] });
    expect(await prisma.auditEvent.count({ where: { entityId: finding.id, action: "finding.created", incidentId } })).toBe(1);
  });

  it("two people editing the same finding: the second save gets a conflict naming the first, and nothing is overwritten", async () => {
    const finding = await created();
    const mine = await executeAction(officer, findingActions.update, { ...newFinding("Officer's wording"), findingId: finding.id, version: 1 });
    expect(mine.ok).toBe(true);
    const theirs = await executeAction(colleague, findingActions.update, { ...newFinding("Colleague's wording"), findingId: finding.id, version: 1 });
    expect(theirs).toMatchObject({ ok: false, error: "conflict", conflict: { changedBy: officer.email, current: { title: "Officer's wording", version: 2 } } });
    const stored = await prisma.finding.findUniqueOrThrow({ where: { id: finding.id } });
    expect(stored).toMatchObject({ title: "Officer's wording", version: 2 });
    expect(await prisma.auditEvent.count({ where: { entityId: finding.id, action: "finding.updated" } })).toBe(1);
  });

  it("moves draft → confirmed → withdrawn with reasons, and refuses a step the workflow does not allow", async () => {
    const finding = await created();
    const confirmed = await executeAction(officer, findingActions.changeStatus, { findingId: finding.id, version: 1, status: "confirmed", reason: "Reproduced by inspectors." });
    expect(confirmed).toMatchObject({ ok: true, data: { status: "confirmed", statusReason: "Reproduced by inspectors.", version: 2 } });
    const back = await executeAction(officer, findingActions.changeStatus, { findingId: finding.id, version: 2, status: "draft", reason: "x" });
    expect(back).toMatchObject({ ok: false, error: "invalid", fieldErrors: { status: [expect.stringContaining("cannot become draft")] } });
    const noReason = await executeAction(officer, findingActions.changeStatus, { findingId: finding.id, version: 2, status: "withdrawn", reason: "  " });
    expect(noReason).toMatchObject({ ok: false, error: "invalid", fieldErrors: { reason: [expect.any(String)] } });
    expect(await executeAction(officer, findingActions.changeStatus, { findingId: finding.id, version: 2, status: "withdrawn", reason: "Did not hold up." })).toMatchObject({ ok: true });
  });

  it("an officer edits but may not delete; a regulator deletes (softly) and restores, both audited", async () => {
    const finding = await created();
    expect(await executeAction(officer, findingActions.delete, { findingId: finding.id, version: 1 })).toMatchObject({ ok: false, error: "forbidden" });
    const deleted = await executeAction(regulator, findingActions.delete, { findingId: finding.id, version: 1 });
    expect(deleted).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).deletedAt).not.toBeNull();
    expect(await executeAction(officer, findingActions.update, { ...newFinding(), findingId: finding.id, version: 2 })).toMatchObject({ ok: false, error: "not_found" });
    expect(await executeAction(regulator, findingActions.restore, { findingId: finding.id, version: 2 })).toMatchObject({ ok: true, data: { deletedAt: null, version: 3 } });
    const trail = await prisma.auditEvent.findMany({ where: { entityId: finding.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(trail.map((t) => t.action)).toEqual(["finding.created", "finding.deleted", "finding.restored"]);
  });

  it("refuses nobody, and an officer of another case, before touching data", async () => {
    const finding = await created();
    const before = await prisma.auditEvent.count();
    expect(await executeAction(null, findingActions.update, { ...newFinding("hijack"), findingId: finding.id, version: 1 })).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await executeAction(outsider, findingActions.update, { ...newFinding("hijack"), findingId: finding.id, version: 1 })).toMatchObject({ ok: false, error: "not_found" });
    expect(await executeAction(outsider, findingActions.create, newFinding("planted"))).toMatchObject({ ok: false, error: "not_found" });
    expect(await prisma.auditEvent.count()).toBe(before);
    expect((await prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).title).not.toBe("hijack");
    expect(await prisma.finding.count({ where: { title: "planted" } })).toBe(0);
  });

  it("keeps script in text as text", async () => {
    const result = await executeAction(officer, findingActions.create, { ...newFinding("<script>alert(1)</script>"), body: "<img src=x onerror=alert(1)>" });
    expect(result).toMatchObject({ ok: true, data: { title: "<script>alert(1)</script>" } });
  });
});
