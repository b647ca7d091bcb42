// Opening a case: what is written (the case in `reported`, organisations created inline, officers,
// each with its audit row in the same transaction), what is refused with nothing written (missing
// fields, a 5 MB summary, a slug in use, unconfirmed possible duplicates), and which open cases the
// possible-duplicates query finds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { changedTables, dataFingerprint } from "@/tests/fuzz/support/db-fingerprint";
import { makeCase, makeUser, makeViewer, unique } from "@/tests/support/factories";
import { createCaseAction } from "./create-case";
import { findPossibleDuplicates } from "./find-possible-duplicates";

let regulator: Viewer;
let officer: Viewer;
let admin: Viewer;
let orgId: string;
beforeAll(async () => {
  [regulator, officer, admin] = await Promise.all([makeViewer("regulator"), makeViewer("case_officer"), makeViewer("admin")]);
  orgId = (await prisma.organization.create({ data: { slug: unique("org"), name: unique("Intake Org"), kind: "company" } })).id;
});
afterAll(() => prisma.$disconnect());

/** A distinctive title per test, so other files' cases never look similar. */
const words = () => `${unique("Quokka")} marmoset ledger shared with ${unique("Pangolin")}`;

const input = (overrides: Record<string, unknown> = {}) => ({
  title: words(),
  titleKo: "",
  summary: "A company shared customers' data with a shareholder.",
  summaryKo: "",
  slug: unique("intake"),
  investigated: { mode: "existing", id: orgId },
  authority: null,
  origin: "media_report",
  receivedOn: "2024-08-13",
  conductStart: "",
  conductStartPrecision: "day",
  conductEnd: "",
  conductEndPrecision: "day",
  jurisdiction: "KR",
  legalBasisExamined: "Credit Information Act Art. 32\nPIPA Art. 17",
  officerIds: [],
  confirmedNew: true,
  ...overrides,
});

async function refusedAndNothingWritten(viewer: Viewer, value: unknown) {
  const before = await dataFingerprint();
  const result = await executeAction(viewer, createCaseAction, value);
  expect(changedTables(before, await dataFingerprint())).toEqual([]);
  return result;
}

describe("opening a case", () => {
  it("writes the case in `reported`, internal, with what the form said, and audits it in the same transaction", async () => {
    const officerUser = await makeUser("case_officer");
    const authorityName = unique("Authority");
    const value = input({ authority: { mode: "new", name: authorityName, nameKo: "", kind: "authority", country: "KR" }, officerIds: [officerUser.id] });
    const result = await executeAction(regulator, createCaseAction, value);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const incident = await prisma.incident.findUniqueOrThrow({ where: { id: result.data.id }, include: { authority: true, assignments: true } });
    expect(incident).toMatchObject({
      slug: value.slug,
      workflowState: "reported",
      visibility: "internal",
      origin: "media_report",
      jurisdiction: "KR",
      investigatedOrgId: orgId,
      legalBasisExamined: ["Credit Information Act Art. 32", "PIPA Art. 17"],
    });
    expect(incident.receivedOn?.toISOString().slice(0, 10)).toBe("2024-08-13");
    expect(incident.authority?.name).toBe(authorityName);
    expect(incident.assignments.map((a) => a.userId)).toEqual([officerUser.id]);

    const audit = await prisma.auditEvent.findMany({ where: { incidentId: incident.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["organization.created", "incident.created", "assignment.created"]);
    // The same transaction: every row written by it carries its transaction id (xmin).
    const [caseTx] = await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM incidents WHERE id = ${incident.id}`;
    const auditTx = await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM audit_events WHERE "incidentId" = ${incident.id}`;
    expect(auditTx.map((r) => r.xmin)).toEqual(audit.map(() => caseTx!.xmin));
  });

  it("is for regulators: a case officer and an administrator are refused, and nothing is written", async () => {
    expect(await refusedAndNothingWritten(officer, input())).toMatchObject({ ok: false, error: "forbidden" });
    expect(await refusedAndNothingWritten(admin, input())).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("bad input is refused with a message per field, and nothing is written", () => {
  it("a missing required field, with a message key the form shows in either language", async () => {
    const keys = { title: "validation.case.titleShort", summary: "validation.case.summaryEmpty", origin: "validation.case.origin", receivedOn: "validation.case.received" };
    for (const [field, key] of Object.entries(keys)) {
      for (const missing of ["", "   ", undefined]) {
        const result = await refusedAndNothingWritten(regulator, input({ [field]: missing }));
        expect(result, field).toMatchObject({ ok: false, error: "invalid", fieldErrors: { [field]: [key] } });
        expect(Object.keys((result as { fieldErrors: object }).fieldErrors), field).toEqual([field]);
      }
    }
    const noOrg = await refusedAndNothingWritten(regulator, input({ investigated: { mode: "existing", id: "" } }));
    expect(noOrg).toMatchObject({ ok: false, fieldErrors: { investigated: ["validation.organization.choose"] } });
  });

  it("a 5 MB summary", async () => {
    const result = await refusedAndNothingWritten(regulator, input({ summary: "x".repeat(5 * 1024 * 1024) }));
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    expect(result).toMatchObject({ fieldErrors: { summary: ["validation.case.summaryLong"] } });
  });

  it("a slug another case has (a deleted one too), a reserved one, or one that is no address", async () => {
    const taken = await makeCase();
    expect(await refusedAndNothingWritten(regulator, input({ slug: taken.slug }))).toMatchObject({ ok: false, fieldErrors: { slug: ["validation.slug.taken"] } });
    await prisma.incident.update({ where: { id: taken.id }, data: { deletedAt: new Date() } });
    expect(await refusedAndNothingWritten(regulator, input({ slug: taken.slug }))).toMatchObject({ ok: false, fieldErrors: { slug: ["validation.slug.taken"] } });
    expect(await refusedAndNothingWritten(regulator, input({ slug: "new" }))).toMatchObject({ ok: false, fieldErrors: { slug: ["validation.slug.reserved"] } });
    expect(await refusedAndNothingWritten(regulator, input({ slug: "Kakao Pay" }))).toMatchObject({ ok: false, fieldErrors: { slug: ["validation.slug.format"] } });
  });

  it("an inline organisation whose name exists, or an officer who is not an active case officer", async () => {
    const existing = await prisma.organization.findUniqueOrThrow({ where: { id: orgId } });
    const clash = { mode: "new", name: existing.name.toUpperCase(), nameKo: "", kind: "company", country: "" };
    expect(await refusedAndNothingWritten(regulator, input({ investigated: clash }))).toMatchObject({ ok: false, fieldErrors: { investigated: ["validation.organization.exists"] } });
    const inactive = await makeUser("case_officer", { active: false });
    expect(await refusedAndNothingWritten(regulator, input({ officerIds: [inactive.id] }))).toMatchObject({ ok: false, fieldErrors: { officerIds: ["validation.case.officers"] } });
    expect(await refusedAndNothingWritten(regulator, input({ officerIds: [regulator.id] }))).toMatchObject({ ok: false, fieldErrors: { officerIds: ["validation.case.officers"] } });
  });

  it("a jurisdiction that is not in the jurisdictions table, or is no code at all", async () => {
    for (const jurisdiction of ["ZZ", "Atlantis", ""]) {
      const result = await refusedAndNothingWritten(regulator, input({ jurisdiction }));
      expect(result, jurisdiction).toMatchObject({ ok: false, error: "invalid", fieldErrors: { jurisdiction: ["validation.case.jurisdiction"] } });
    }
  });

  it("an end before the start", async () => {
    const result = await refusedAndNothingWritten(regulator, input({ conductStart: "2020-05-01", conductEnd: "2020-04-01" }));
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toEqual(["conductEnd"]);
  });
});

describe("possible duplicates", () => {
  const title = words();
  let open: { id: string; slug: string };
  beforeAll(async () => {
    const result = await executeAction(regulator, createCaseAction, input({ title, conductStart: "1931-03-01", conductStartPrecision: "month", conductEnd: "1931-06-30" }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    open = result.data;
  });
  const draft = (overrides: Partial<Parameters<typeof findPossibleDuplicates>[2]> = {}) => ({
    // Nothing like the titles above: only the criterion under test matches.
    title: unique("Vortex"),
    titleKo: "",
    organizationId: null,
    period: { start: null, startPrecision: "day" as const, end: null, endPrecision: "day" as const },
    ...overrides,
  });
  const found = async (viewer: Viewer, d: ReturnType<typeof draft>) => (await findPossibleDuplicates(prisma, viewer, d)).items.find((i) => i.slug === open.slug);

  it("finds an open case with a similar title (trigram), the same organisation, or an overlapping period, saying why", async () => {
    expect((await found(regulator, draft({ title: title.replace("marmoset", "marmosets") })))?.reasons).toEqual(["title"]);
    expect((await found(regulator, draft({ organizationId: orgId })))?.reasons).toEqual(["organization"]);
    // The stored start is known to the month: March 1931 overlaps a period ending on 2 March.
    expect((await found(regulator, draft({ period: { start: "1930-01-01", startPrecision: "day", end: "1931-03-02", endPrecision: "day" } })))?.reasons).toEqual(["period"]);
  });

  it("ignores an unrelated draft, and closed, dismissed or deleted cases; a case officer sees only assigned cases", async () => {
    expect(await found(regulator, draft({ period: { start: "1931-07-01", startPrecision: "day", end: "1931-08-01", endPrecision: "day" } }))).toBeUndefined();
    expect(await found(officer, draft({ title }))).toBeUndefined();
    for (const change of [{ workflowState: "closed" as const }, { workflowState: "dismissed" as const }, { deletedAt: new Date() }]) {
      await prisma.incident.update({ where: { id: open.id }, data: change });
      expect(await found(regulator, draft({ title })), JSON.stringify(change)).toBeUndefined();
      await prisma.incident.update({ where: { id: open.id }, data: { workflowState: "reported", deletedAt: null } });
    }
    expect(await found(regulator, draft({ title }))).toBeDefined();
  });

  it("opening a case that looks like an open one needs the regulator's confirmation; confirmed, it opens", async () => {
    const similar = input({ title, confirmedNew: false });
    expect(await refusedAndNothingWritten(regulator, similar)).toMatchObject({ ok: false, fieldErrors: { confirmedNew: ["validation.case.confirmNew"] } });
    expect(await executeAction(regulator, createCaseAction, { ...similar, confirmedNew: true })).toMatchObject({ ok: true });
  });
});
