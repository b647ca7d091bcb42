import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { deleteCasesOpenedHere } from "@/tests/support/cases-opened-here";
import { makeCase, makeViewer, unique } from "@/tests/support/factories";
import { organizationActions } from "./mutations";

let regulator: Viewer;
let officer: Viewer;

deleteCasesOpenedHere();
beforeAll(async () => {
  [regulator, officer] = await Promise.all([makeViewer("regulator"), makeViewer("case_officer")]);
});
afterAll(() => prisma.$disconnect());

const org = (name: string, extra: { nameKo?: string; aliases?: string[]; aliasesKo?: string[] } = {}) =>
  prisma.organization.create({ data: { slug: unique("org"), name: `${name} ${unique("n")}`, kind: "company", ...extra } });

/**
 * A duplicate named in every role there is, on three cases; the survivor is already a live
 * recipient of the second case, where the duplicate is one too.
 */
async function world() {
  const duplicate = await org("Alipay Singapore", { nameKo: `알리페이 싱가포르 ${unique("k")}`, aliases: ["ANT Intl"], aliasesKo: ["앤트"] });
  const survivor = await org("Alipay", { nameKo: `알리페이 ${unique("k")}` });
  const [case1, case2, case3] = await Promise.all([makeCase(), makeCase(), makeCase()]);
  await prisma.incident.update({ where: { id: case1.id }, data: { investigatedOrgId: duplicate.id } });
  await prisma.incident.update({ where: { id: case2.id }, data: { authorityId: duplicate.id } });
  const clashing = await prisma.incidentRecipient.create({ data: { incidentId: case2.id, organizationId: duplicate.id } });
  const survivorRecipient = await prisma.incidentRecipient.create({ data: { incidentId: case2.id, organizationId: survivor.id } });
  const recipient = await prisma.incidentRecipient.create({ data: { incidentId: case3.id, organizationId: duplicate.id } });
  const statement = await prisma.statement.create({ data: { incidentId: case1.id, organizationId: duplicate.id, quote: "We followed the law." } });
  const figure = await prisma.incidentFigure.create({ data: { incidentId: case3.id, organizationId: duplicate.id, key: "stake", label: "Stake", value: 32, unit: "percent", provenance: "reported" } });
  const sanction = await prisma.sanction.create({ data: { incidentId: case1.id, type: "fine", subjectName: duplicate.name, subjectOrgId: duplicate.id } });
  return { duplicate, survivor, case1, case2, case3, clashing, survivorRecipient, recipient, statement, figure, sanction };
}

/** Who every reference of the world names now, and which recipient rows are live. */
async function references(w: Awaited<ReturnType<typeof world>>) {
  const [case1, case2, recipients, statement, figure, sanction] = await Promise.all([
    prisma.incident.findUniqueOrThrow({ where: { id: w.case1.id } }),
    prisma.incident.findUniqueOrThrow({ where: { id: w.case2.id } }),
    prisma.incidentRecipient.findMany({ where: { id: { in: [w.clashing.id, w.survivorRecipient.id, w.recipient.id] } } }),
    prisma.statement.findUniqueOrThrow({ where: { id: w.statement.id } }),
    prisma.incidentFigure.findUniqueOrThrow({ where: { id: w.figure.id } }),
    prisma.sanction.findUniqueOrThrow({ where: { id: w.sanction.id } }),
  ]);
  const recipient = (id: string) => recipients.find((r) => r.id === id)!;
  return {
    investigated: case1.investigatedOrgId,
    authority: case2.authorityId,
    clashing: { org: recipient(w.clashing.id).organizationId, live: recipient(w.clashing.id).deletedAt === null },
    survivorRecipient: { org: recipient(w.survivorRecipient.id).organizationId, live: recipient(w.survivorRecipient.id).deletedAt === null },
    recipient: { org: recipient(w.recipient.id).organizationId, live: recipient(w.recipient.id).deletedAt === null },
    statement: statement.organizationId,
    figure: figure.organizationId,
    sanction: sanction.subjectOrgId,
  };
}

const auditCount = () => prisma.auditEvent.count();

describe("merging organisations", () => {
  it("previews the counts per role, writing nothing", async () => {
    const w = await world();
    const audits = await auditCount();
    const result = await executeAction(regulator, organizationActions.previewMerge, { duplicateId: w.duplicate.id, survivorId: w.survivor.id });
    expect(result).toEqual({ ok: true, data: { investigated: 1, authority: 1, recipients: 1, retiredRecipients: 1, statements: 1, figures: 1, sanctions: 1 } });
    expect(await references(w)).toMatchObject({ investigated: w.duplicate.id, statement: w.duplicate.id });
    expect(await auditCount()).toBe(audits);
  });

  it("moves every reference to the survivor, retires the clashing recipient, and undo puts exactly those back", async () => {
    const w = await world();
    const before = await references(w);
    const merged = await executeAction(regulator, organizationActions.merge, { duplicateId: w.duplicate.id, survivorId: w.survivor.id });
    if (!merged.ok) throw new Error(merged.message);

    const s = w.survivor.id;
    expect(await references(w)).toEqual({
      investigated: s,
      authority: s,
      clashing: { org: s, live: false },
      survivorRecipient: { org: s, live: true },
      recipient: { org: s, live: true },
      statement: s,
      figure: s,
      sanction: s,
    });
    const survivor = await prisma.organization.findUniqueOrThrow({ where: { id: s } });
    expect(survivor.aliases).toEqual([w.duplicate.name, "ANT Intl"]);
    expect(survivor.aliasesKo).toEqual([w.duplicate.nameKo, "앤트"]);
    const duplicate = await prisma.organization.findUniqueOrThrow({ where: { id: w.duplicate.id } });
    expect(duplicate.mergedIntoId).toBe(s);
    expect(duplicate.mergedAt).toBeInstanceOf(Date);

    const row = await prisma.auditEvent.findUniqueOrThrow({ where: { id: BigInt(merged.data.auditId) } });
    expect(row).toMatchObject({ action: "organization.merged", entityType: "organization", entityId: w.duplicate.id, actorId: regulator.id });
    expect(row.after).toMatchObject({
      duplicateId: w.duplicate.id,
      survivorId: s,
      moved: { investigated: [w.case1.id], authority: [w.case2.id], recipients: [w.recipient.id], statements: [w.statement.id], figures: [w.figure.id], sanctions: [w.sanction.id] },
      retiredRecipientIds: [w.clashing.id],
    });

    const undone = await executeAction(regulator, organizationActions.undoMerge, { auditId: merged.data.auditId });
    expect(undone).toEqual({ ok: true, data: { duplicateId: w.duplicate.id, survivorId: s } });
    expect(await references(w)).toEqual(before);
    const restored = await prisma.organization.findUniqueOrThrow({ where: { id: w.duplicate.id } });
    expect(restored).toMatchObject({ mergedIntoId: null, mergedAt: null });
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: s } })).toMatchObject({ aliases: [], aliasesKo: [] });
    expect(await prisma.auditEvent.findFirst({ where: { action: "organization.merge_undone", entityId: w.duplicate.id } })).toMatchObject({
      actorId: regulator.id,
      after: { mergeAuditId: merged.data.auditId, duplicateId: w.duplicate.id, survivorId: s },
    });
  });

  it("an undo leaves alone a reference someone has pointed elsewhere since", async () => {
    const w = await world();
    const elsewhere = await org("Elsewhere");
    const merged = await executeAction(regulator, organizationActions.merge, { duplicateId: w.duplicate.id, survivorId: w.survivor.id });
    if (!merged.ok) throw new Error(merged.message);
    await prisma.statement.update({ where: { id: w.statement.id }, data: { organizationId: elsewhere.id } });
    expect(await executeAction(regulator, organizationActions.undoMerge, { auditId: merged.data.auditId })).toMatchObject({ ok: true });
    expect(await references(w)).toMatchObject({ investigated: w.duplicate.id, statement: elsewhere.id });
  });
});

describe("refusals write nothing", () => {
  async function expectRefused(run: () => Promise<unknown>, expected: object) {
    const audits = await auditCount();
    const orgs = await prisma.organization.findMany({ orderBy: { id: "asc" } });
    expect(await run()).toMatchObject({ ok: false, ...expected });
    expect(await auditCount()).toBe(audits);
    expect(await prisma.organization.findMany({ orderBy: { id: "asc" } })).toEqual(orgs);
  }

  it("merging an organisation with itself", async () => {
    const w = await world();
    await expectRefused(() => executeAction(regulator, organizationActions.merge, { duplicateId: w.duplicate.id, survivorId: w.duplicate.id }), {
      error: "invalid",
      fieldErrors: { survivorId: ["validation.organization.mergeSelf"] },
    });
    expect(await references(w)).toMatchObject({ investigated: w.duplicate.id });
  });

  it("merging into, or from, an organisation that was merged away", async () => {
    const w = await world();
    const third = await org("Third");
    const merged = await executeAction(regulator, organizationActions.merge, { duplicateId: w.duplicate.id, survivorId: w.survivor.id });
    expect(merged.ok).toBe(true);
    await expectRefused(() => executeAction(regulator, organizationActions.merge, { duplicateId: third.id, survivorId: w.duplicate.id }), {
      fieldErrors: { survivorId: ["validation.organization.mergeIntoMerged"] },
    });
    await expectRefused(() => executeAction(regulator, organizationActions.merge, { duplicateId: w.duplicate.id, survivorId: third.id }), {
      fieldErrors: { duplicateId: ["validation.organization.mergedAway"] },
    });
  });

  it("undoing a merge twice", async () => {
    const w = await world();
    const merged = await executeAction(regulator, organizationActions.merge, { duplicateId: w.duplicate.id, survivorId: w.survivor.id });
    if (!merged.ok) throw new Error(merged.message);
    expect((await executeAction(regulator, organizationActions.undoMerge, { auditId: merged.data.auditId })).ok).toBe(true);
    await expectRefused(() => executeAction(regulator, organizationActions.undoMerge, { auditId: merged.data.auditId }), {
      fieldErrors: { auditId: ["validation.organization.undoTwice"] },
    });
  });

  it("undoing when the survivor has since been merged away", async () => {
    const w = await world();
    const third = await org("Third");
    const first = await executeAction(regulator, organizationActions.merge, { duplicateId: w.duplicate.id, survivorId: w.survivor.id });
    if (!first.ok) throw new Error(first.message);
    expect((await executeAction(regulator, organizationActions.merge, { duplicateId: w.survivor.id, survivorId: third.id })).ok).toBe(true);
    await expectRefused(() => executeAction(regulator, organizationActions.undoMerge, { auditId: first.data.auditId }), {
      fieldErrors: { auditId: ["validation.organization.undoSurvivorMerged"] },
    });
  });

  it("a case officer may not merge or undo", async () => {
    const w = await world();
    await expectRefused(() => executeAction(officer, organizationActions.merge, { duplicateId: w.duplicate.id, survivorId: w.survivor.id }), { error: "forbidden" });
  });

  it("an unknown merge record to undo", async () => {
    await expectRefused(() => executeAction(regulator, organizationActions.undoMerge, { auditId: "999999999999" }), { error: "not_found" });
  });
});

describe("editing an organisation", () => {
  it("saves on its version, audits, and refuses a stale save naming who saved first", async () => {
    const o = await org("Kakao Pay");
    const input = { organizationId: o.id, version: 1, name: o.name, nameKo: `카카오페이 ${unique("k")}`, kind: "company", country: "KR", sector: "finance", registrationNumber: "", aliases: "KakaoPay\n\nkakaopay\n", aliasesKo: "카카오 페이" };
    const saved = await executeAction(officer, organizationActions.update, input);
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({ sector: "finance", aliases: ["KakaoPay"], aliasesKo: ["카카오 페이"], registrationNumber: null });
    expect(await prisma.auditEvent.findFirst({ where: { action: "organization.updated", entityId: o.id } })).toMatchObject({ actorId: officer.id });
    expect(await executeAction(regulator, organizationActions.update, { ...input, sector: "retail" })).toMatchObject({ ok: false, error: "conflict", conflict: { changedBy: officer.email } });
  });

  it("refuses a name another organisation has, and a merged-away organisation, writing nothing", async () => {
    const [taken, o, gone, kept] = await Promise.all([org("Taken"), org("Renamed"), org("Gone"), org("Kept")]);
    const edit = (target: { id: string; name: string }, name: string) => ({ organizationId: target.id, version: 1, name, kind: "company", aliases: "", aliasesKo: "" });
    expect(await executeAction(regulator, organizationActions.update, edit(o, taken.name.toUpperCase()))).toMatchObject({ ok: false, fieldErrors: { name: ["validation.organization.exists"] } });
    expect((await executeAction(regulator, organizationActions.merge, { duplicateId: gone.id, survivorId: kept.id })).ok).toBe(true);
    const audits = await auditCount();
    expect(await executeAction(regulator, organizationActions.update, edit(gone, gone.name))).toMatchObject({ ok: false, fieldErrors: { name: ["validation.organization.mergedAway"] } });
    expect(await auditCount()).toBe(audits);
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({ name: o.name, version: 1 });
  });

  it("refuses an unknown sector with a clear message, writing nothing", async () => {
    const o = await org("Sectorless");
    const result = await executeAction(regulator, organizationActions.update, { organizationId: o.id, version: 1, name: o.name, kind: "company", sector: "mining", aliases: "", aliasesKo: "" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { sector: ["validation.organization.sector"] } });
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({ version: 1, sector: null });
  });
});
