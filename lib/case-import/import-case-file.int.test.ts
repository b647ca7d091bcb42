// Importing a case file: an exported case comes back as a new case whose own export is the same
// file, ids and the workflow aside; a bad file lists its problems by path and writes nothing;
// only those who may open cases may import one.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { ActionError } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { caseFileJson, loadCaseFile } from "@/lib/export/case-file";
import { seedDatabase } from "@/prisma/seed/index";
import { REFERENCE_CASE_SLUG } from "@/prisma/seed/reference-case";
import { caseFileFixture } from "@/tests/support/case-file-fixture";
import { deleteCasesOpenedHere } from "@/tests/support/cases-opened-here";
import { makeViewer, unique } from "@/tests/support/factories";
import { testPrisma } from "@/tests/support/prisma";
import { changedTables, dataFingerprint } from "@/tests/fuzz/support/db-fingerprint";
import { mergeOrganizations } from "@/lib/organisations/merge-organizations";
import { importCaseFile } from "./import-case-file";

let regulator: Viewer, officer: Viewer, admin: Viewer;
beforeAll(async () => {
  const seeding = testPrisma();
  await seedDatabase(seeding, { demo: false });
  await seeding.$disconnect();
  [regulator, officer, admin] = await Promise.all([makeViewer("regulator"), makeViewer("case_officer"), makeViewer("admin")]);
});
afterAll(() => prisma.$disconnect());
// Registered last: its capture runs after the seeding above, its deletion before the disconnect.
deleteCasesOpenedHere();

const bytesOf = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));

async function exportOf(slug: string) {
  const incident = await prisma.incident.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return JSON.parse(caseFileJson(await loadCaseFile(regulator, incident.id, { assignedUserIds: [] }))) as Record<string, unknown>;
}

// What a new case does not take over by design: its address and bookkeeping, its workflow (it
// starts as reported, internal), the people of the other installation, and edit counters.
const CASE_OWN = ["slug", "workflowState", "stateEnteredAt", "visibility", "openedAt", "closedAt", "createdAt", "updatedAt", "version"];
const WORKFLOW_TABLES = ["state_transitions", "transition_proposals", "deadlines", "sanctions"];
const PEOPLE = ["authorId", "createdById"];

const isId = (key: string) => key === "id" || key.endsWith("Id");
const sortedByJson = (rows: unknown[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** A value with its ids, people and edit counters left out: what two copies of a row share. */
function content(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(content);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([k]) => !isId(k) && k !== "version" && !PEOPLE.includes(k)).map(([k, v]) => [k, content(v)]));
  return value;
}

/**
 * A case file as it can be compared with its copy: every id replaced by a token numbered by the
 * content of the row it names (so a reference must point at the same row, whatever its id), rows
 * in a stable order, and what a new case does not take over left out.
 */
function comparable(file: Record<string, unknown>) {
  const incident = Object.fromEntries(Object.entries(file.incident as Record<string, unknown>).filter(([k]) => !CASE_OWN.includes(k)));
  const tables = Object.fromEntries(Object.entries(file).filter(([k]) => k !== "incident" && !WORKFLOW_TABLES.includes(k))) as Record<string, unknown>;
  const tokens = new Map<string, string>([[String((file.incident as { id: string }).id), "incident"]]);
  for (const [name, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows)) continue;
    const ordered = [...(rows as Record<string, unknown>[])].sort((a, b) => JSON.stringify(content(a)).localeCompare(JSON.stringify(content(b))));
    ordered.forEach((row, i) => {
      if (typeof row.id === "string") tokens.set(row.id, `${name}#${i}`);
      if (typeof row.estimateId === "string" && !tokens.has(row.estimateId)) tokens.set(row.estimateId, `estimate#${tokens.size}`);
    });
  }
  const walk = (value: unknown, key = ""): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "version" && !PEOPLE.includes(k)).map(([k, v]) => [k, walk(v, k)]));
    if (typeof value === "string" && isId(key)) return tokens.get(value) ?? `unknown id in ${key}`;
    return value;
  };
  const walked = walk({ incident, ...tables }) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(walked).map(([k, v]) => [k, Array.isArray(v) ? sortedByJson(v) : v]));
}

describe("a round trip", () => {
  it("imports the exported reference case as a new case whose export is the original's, ids and workflow aside", async () => {
    const original = await exportOf(REFERENCE_CASE_SLUG);
    const result = await importCaseFile(regulator, { bytes: bytesOf(original), fileName: "kakao.json", slug: null });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.slug).toMatch(/^kakao-pay-alipay-2024-\d+$/);
    const copy = await exportOf(result.slug);
    expect(comparable(copy)).toEqual(comparable(original));
    expect(copy.incident).toMatchObject({ workflowState: "reported", visibility: "internal", slug: result.slug });
    for (const table of WORKFLOW_TABLES) expect(copy[table], table).toEqual([]);
    expect(result.leftOut.state_transitions).toBeGreaterThan(0);
  });

  it("keeps deleted items deleted, matches organisations by slug and creates the missing ones, and carries the whole fixture", async () => {
    const fixture = caseFileFixture();
    const before = await prisma.organization.count();
    const first = await importCaseFile(regulator, { bytes: bytesOf(fixture), fileName: null, slug: unique("fixture") });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const created = (await prisma.organization.count()) - before;
    const second = await importCaseFile(regulator, { bytes: bytesOf(await exportOf(first.slug)), fileName: null, slug: null });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(await prisma.organization.count()).toBe(before + created);
    expect(second.organizations).toEqual({ matched: 3, created: 0 });
    expect(comparable(await exportOf(second.slug))).toEqual(comparable(await exportOf(first.slug)));
    const copy = await prisma.incident.findUniqueOrThrow({ where: { slug: second.slug }, include: { sources: true, monthlyTotals: true, estimates: { include: { revisions: true } } } });
    expect(copy.sources.filter((s) => s.deletedAt !== null).map((s) => s.title)).toEqual(["An older article"]);
    expect(copy.monthlyTotals.map((m) => m.records)).toEqual([2001n]);
    expect(copy.estimates[0]?.revisions.map((r) => r.sourceId)).toEqual([copy.sources.find((s) => s.title === "Inspection results")?.id, null]);
    expect(copy.isDemo).toBe(true);
  });

  it("turns an older file's evidence references into links without a file, in order, and exports them again", async () => {
    for (const format of ["casefile-case/1", "casefile-case/2"]) {
      const fixture = { ...caseFileFixture(), format } as unknown as { findings: { title: string; evidenceRefs: string[] }[] };
      const { title } = fixture.findings[0]!;
      fixture.findings[0]!.evidenceRefs = ["Inspection record 3", "검사 결과 보고서 3쪽"];
      const imported = await importCaseFile(regulator, { bytes: bytesOf(fixture), fileName: null, slug: unique("refs") });
      if (!imported.ok) throw new Error(JSON.stringify(imported));
      const finding = await prisma.finding.findFirstOrThrow({ where: { incident: { slug: imported.slug }, title }, include: { evidence: { orderBy: { position: "asc" } } } });
      expect(finding.evidence.map((l) => [l.label, l.fileId, l.position])).toEqual([["Inspection record 3", null, 0], ["검사 결과 보고서 3쪽", null, 1]]);
      expect(finding.evidenceRefs).toEqual([]);
      const exported = (await exportOf(imported.slug)).findings as { title: string; evidenceRefs: string[] }[];
      expect(exported.find((f) => f.title === title)?.evidenceRefs).toEqual(["Inspection record 3", "검사 결과 보고서 3쪽"]);
    }
  });

  it("names the survivor of an organisation merged away, however many merges followed", async () => {
    const [first, second, last] = await Promise.all(
      ["first", "second", "last"].map((n) => prisma.organization.create({ data: { slug: unique(`chain-${n}`), name: unique(`Chain ${n}`), kind: "company" } })),
    );
    await mergeOrganizations(regulator, { duplicateId: first!.id, survivorId: second!.id });
    await mergeOrganizations(regulator, { duplicateId: second!.id, survivorId: last!.id });
    const fixture = caseFileFixture() as { organizations: { id: string; slug: string }[] };
    fixture.organizations.find((o) => o.id === "org-company")!.slug = first!.slug;
    const imported = await importCaseFile(regulator, { bytes: bytesOf(fixture), fileName: null, slug: unique("chain") });
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(await prisma.incident.findUniqueOrThrow({ where: { slug: imported.slug }, select: { investigatedOrgId: true } })).toEqual({ investigatedOrgId: last!.id });
  });

  it("gives every column the export writes a value somewhere in the fixture, so a column the import drops shows above", async () => {
    const result = await importCaseFile(regulator, { bytes: bytesOf(caseFileFixture()), fileName: null, slug: null });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const file = await exportOf(result.slug);
    // Empty on purpose: what a new case never has (closed, deleted) or never takes over (who wrote a row).
    const ALWAYS_EMPTY: Record<string, string[]> = { incident: ["closedAt", "deletedAt"], findings: ["authorId"], estimate_revisions: ["createdById"] };
    const empty = Object.entries(file).flatMap(([table, value]) => {
      // The evidence tables are never imported (a case file carries no bytes), so the fixture has none.
      if (table === "format" || WORKFLOW_TABLES.includes(table) || table.startsWith("evidence_")) return [];
      const rows = (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
      const keys = new Set(rows.flatMap((r) => Object.keys(r)));
      return [...keys].filter((k) => !ALWAYS_EMPTY[table]?.includes(k) && rows.every((r) => r[k] === null || (Array.isArray(r[k]) && r[k].length === 0))).map((k) => `${table}.${k}`);
    });
    expect(empty).toEqual([]);
  });

  it("audits the creation with the file's SHA-256 and name", async () => {
    const bytes = bytesOf(caseFileFixture());
    const result = await importCaseFile(regulator, { bytes, fileName: "fixture.json", slug: null });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const trail = await prisma.auditEvent.findMany({ where: { incidentId: result.incidentId } });
    expect(trail.map((e) => [e.action, e.actorId])).toEqual([["incident.imported", regulator.id]]);
    expect(trail[0]?.after).toMatchObject({ slug: result.slug, fileName: "fixture.json", sha256: createHash("sha256").update(bytes).digest("hex"), importedFrom: "fixture-case" });
  });

  it("proposes the next free address when the file's is taken, and refuses a chosen address that is taken", async () => {
    const slug = unique("taken");
    const fixture = { ...caseFileFixture(), incident: { ...caseFileFixture().incident, slug } };
    const first = await importCaseFile(regulator, { bytes: bytesOf(fixture), fileName: null, slug: null });
    const second = await importCaseFile(regulator, { bytes: bytesOf(fixture), fileName: null, slug: null });
    expect([first.ok && first.slug, second.ok && second.slug]).toEqual([slug, `${slug}-2`]);
    const before = await dataFingerprint();
    expect(await importCaseFile(regulator, { bytes: bytesOf(fixture), fileName: null, slug })).toMatchObject({ ok: false, reason: "slugTaken" });
    expect(await importCaseFile(regulator, { bytes: bytesOf(fixture), fileName: null, slug: "Not A Slug" })).toMatchObject({ ok: false, reason: "slugInvalid", messageKey: "validation.slug.format" });
    expect(await importCaseFile(regulator, { bytes: bytesOf(fixture), fileName: null, slug: "new" })).toMatchObject({ ok: false, reason: "slugInvalid", messageKey: "validation.slug.reserved" });
    expect(changedTables(before, await dataFingerprint())).toEqual([]);
  });
});

describe("a bad file", () => {
  const newOrg = () => ({ id: "org-new", slug: unique("org-new"), name: "Created only if the file is good", nameKo: null, kind: "company", country: null, description: null });
  type File = ReturnType<typeof caseFileFixture>;
  const spoiled = (spoil: (file: File) => void): Uint8Array => {
    const file = caseFileFixture();
    file.organizations.push(newOrg() as never);
    spoil(file);
    return bytesOf(file);
  };
  const BAD: [string, Uint8Array, string[]][] = [
    ["empty", new Uint8Array(), [": fileEmpty"]],
    ["the export's ZIP instead of its case.json", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), [": fileBinary"]],
    ["UTF-16", new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), [": fileEncoding"]],
    ["not UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), [": fileEncoding"]],
    ["invalid JSON", bytesOf('{"format": "casefile-case/1", "incident": '), [": json"]],
    ["a required field missing", spoiled((f) => { delete (f.incident as Partial<File["incident"]>).title; }), ["incident.title: required"]],
    ["a link that is not http(s)", spoiled((f) => { f.sources[0]!.url = "javascript:alert(1)"; }), ["sources[0].url: url"]],
    ["a 5 MB summary", spoiled((f) => { f.incident.summary = "x".repeat(5 * 1024 * 1024); }), ["incident.summary: tooLong"]],
    ["wrong types", spoiled((f) => { (f.findings[0] as Record<string, unknown>).severity = "extreme"; }), ["findings[0].severity: enum"]],
    ["a source the file does not have (another case's)", spoiled((f) => { f.figures[0]!.sourceId = "nowhere"; }), ["figures[0].sourceId: dangling"]],
    ["a newer format", spoiled((f) => { f.format = "casefile-case/9"; }), ["format: formatNewer"]],
    ["a jurisdiction this installation does not have", spoiled((f) => { f.incident.jurisdiction = "ZZ"; }), ["incident.jurisdiction: jurisdiction"]],
  ];
  it.each(BAD)("%s: lists its problems by path and writes nothing", async (_name, bytes, expected) => {
    const before = await dataFingerprint();
    const result = await importCaseFile(regulator, { bytes, fileName: "bad.json", slug: null });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "invalid") throw new Error(`expected problems, got ${JSON.stringify(result)}`);
    expect(result.problems.map((p) => `${p.path}: ${p.code}`)).toEqual(expected);
    expect(changedTables(before, await dataFingerprint())).toEqual([]);
  });

  it("says which version it reads when the file is newer", async () => {
    const result = await importCaseFile(regulator, { bytes: spoiled((f) => { f.format = "casefile-case/9"; }), fileName: null, slug: null });
    expect(!result.ok && result.reason === "invalid" ? result.problems[0]?.message : null).toMatch(/newer format \(casefile-case\/9\) than this installation reads \(casefile-case\/2\)/);
  });
});

describe("who may import", () => {
  const WHO: [string, () => Viewer | null, string][] = [
    ["nobody", () => null, "unauthenticated"],
    ["a case officer", () => officer, "forbidden"],
    ["an administrator", () => admin, "forbidden"],
  ];
  it.each(WHO)("%s may not, and nothing is written", async (_who, viewer, code) => {
    const before = await dataFingerprint();
    await expect(importCaseFile(viewer(), { bytes: bytesOf(caseFileFixture()), fileName: null, slug: null })).rejects.toSatisfy((e: unknown) => e instanceof ActionError && e.code === code);
    expect(changedTables(before, await dataFingerprint())).toEqual([]);
  });
});
