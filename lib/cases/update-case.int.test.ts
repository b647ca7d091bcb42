// Editing a case's own record from its overview: both languages, organisations, origin, period,
// law and the slug, at the version the form was filled from; the slug only until a version is
// published or proposed; refusals write nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { changedTables, dataFingerprint } from "@/tests/fuzz/support/db-fingerprint";
import { makeCase, makeViewer, unique } from "@/tests/support/factories";
import { caseActions } from "./mutations";

let regulator: Viewer;
let colleague: Viewer;
let officer: Viewer;
beforeAll(async () => {
  [regulator, colleague, officer] = await Promise.all([makeViewer("regulator"), makeViewer("regulator"), makeViewer("case_officer")]);
});
afterAll(() => prisma.$disconnect());

type Case = Awaited<ReturnType<typeof makeCase>>;

const edit = (incident: Case, overrides: Record<string, unknown> = {}) => ({
  incidentId: incident.id,
  version: incident.version,
  slug: incident.slug,
  title: "Kakao Pay shared customers' data with Alipay",
  titleKo: "카카오페이, 알리페이에 고객 정보 제공",
  summary: "Shared without consent.",
  summaryKo: "동의 없이 제공.",
  investigated: { mode: "existing", id: incident.investigatedOrgId },
  authority: null,
  origin: "inspection",
  receivedOn: "2024-05-02",
  discoveredOn: "",
  conductStart: "2018-04-01",
  conductStartPrecision: "month",
  conductEnd: "2024-07-01",
  conductEndPrecision: "month",
  jurisdiction: "KR",
  legalBasisExamined: "Credit Information Act Art. 32",
  ...overrides,
});

async function refusedAndNothingWritten(viewer: Viewer, value: unknown) {
  const before = await dataFingerprint();
  const result = await executeAction(viewer, caseActions.update, value);
  expect(changedTables(before, await dataFingerprint())).toEqual([]);
  return result;
}

describe("editing the overview", () => {
  it("saves both languages, organisations (one created inline), origin, period, law and a new slug, audited", async () => {
    const incident = await makeCase();
    const slug = unique("renamed");
    const authority = unique("Financial Supervisory Service");
    const result = await executeAction(regulator, caseActions.update, edit(incident, { slug, authority: { mode: "new", name: authority, nameKo: "", kind: "authority", country: "KR" } }));
    expect(result).toMatchObject({ ok: true, data: { slug, version: 2 } });
    const saved = await prisma.incident.findUniqueOrThrow({ where: { id: incident.id }, include: { authority: true } });
    expect(saved).toMatchObject({ slug, titleKo: "카카오페이, 알리페이에 고객 정보 제공", summaryKo: "동의 없이 제공.", origin: "inspection", conductStartPrecision: "month", legalBasisExamined: ["Credit Information Act Art. 32"] });
    expect(saved.authority?.name).toBe(authority);
    const audit = await prisma.auditEvent.findMany({ where: { incidentId: incident.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["organization.created", "incident.updated"]);
  });

  it("a save on a version someone else replaced is a conflict naming them, and writes nothing", async () => {
    const incident = await makeCase();
    expect(await executeAction(colleague, caseActions.update, edit(incident, { title: "Their title" }))).toMatchObject({ ok: true });
    const stale = await refusedAndNothingWritten(regulator, edit(incident, { title: "My title" }));
    expect(stale).toMatchObject({ ok: false, error: "conflict", conflict: { current: { title: "Their title" } } });
  });

  it("a case officer may not edit the case's own record", async () => {
    const incident = await makeCase({ assignTo: [officer.id] });
    expect(await refusedAndNothingWritten(officer, edit(incident))).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("refused, with nothing written", () => {
  it("a slug another case has", async () => {
    const [incident, other] = await Promise.all([makeCase(), makeCase()]);
    expect(await refusedAndNothingWritten(regulator, edit(incident, { slug: other.slug }))).toMatchObject({ ok: false, fieldErrors: { slug: ["validation.slug.taken"] } });
  });

  it("a new slug once a version was published or proposed; the same slug still saves", async () => {
    for (const status of ["proposed", "published", "unpublished"] as const) {
      const incident = await makeCase();
      await prisma.publicationVersion.create({ data: { incidentId: incident.id, number: 1, status, snapshot: {} } });
      expect(await refusedAndNothingWritten(regulator, edit(incident, { slug: unique("moved") })), status).toMatchObject({ ok: false, fieldErrors: { slug: ["validation.slug.locked"] } });
      expect(await executeAction(regulator, caseActions.update, edit(incident, { title: "Retitled" })), status).toMatchObject({ ok: true });
    }
  });

  it("a rejected proposal does not fix the slug", async () => {
    const incident = await makeCase();
    await prisma.publicationVersion.create({ data: { incidentId: incident.id, number: 1, status: "rejected", snapshot: {} } });
    expect(await executeAction(regulator, caseActions.update, edit(incident, { slug: unique("moved") }))).toMatchObject({ ok: true });
  });

  it("a 5 MB summary, a missing title, an end before the start", async () => {
    const incident = await makeCase();
    for (const [field, value] of [
      ["summary", { summary: "x".repeat(5 * 1024 * 1024) }],
      ["summaryKo", { summaryKo: "가".repeat(5 * 1024 * 1024) }],
      ["title", { title: "" }],
      ["conductEnd", { conductStart: "2020-05-01", conductStartPrecision: "day", conductEnd: "2020-04-01", conductEndPrecision: "day" }],
    ] as const) {
      const result = await refusedAndNothingWritten(regulator, edit(incident, value));
      expect(Object.keys((result as { fieldErrors?: object }).fieldErrors ?? {}), field).toEqual([field]);
    }
  });
});
