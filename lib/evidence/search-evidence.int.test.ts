// Search inside evidence: words in extracted pages, for one case (the Evidence section) and
// across the cases the viewer may see (the case list), with the page and a snippet around the
// first hit. Visibility is part of the query: another case's files stay unseen by an officer not
// assigned to it, and a deleted file is never found.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { caseListQuerySchema } from "@/lib/cases/case-list-query";
import { searchCases } from "@/lib/cases/search-cases";
import { prisma } from "@/lib/db/prisma";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { searchEvidence } from "./search-evidence";

let officer: Viewer;
let regulator: Viewer;
let admin: Viewer;
let mine: { id: string; slug: string };
let theirs: { id: string; slug: string };
const ids: Record<string, string> = {};

async function file(incidentId: string, title: string, pages: string[], options: { mediaType?: string; deleted?: boolean } = {}) {
  const created = await prisma.evidenceFile.create({
    data: {
      incidentId,
      title,
      originalName: `${title}.pdf`,
      mediaType: options.mediaType ?? "application/pdf",
      size: 1000n,
      sha256: "0".repeat(64),
      extraction: "done",
      deletedAt: options.deleted ? new Date() : null,
      pages: { create: pages.map((text, i) => ({ page: i + 1, text })) },
    },
  });
  ids[title] = created.id;
}

beforeAll(async () => {
  [officer, regulator, admin] = await Promise.all([makeViewer("case_officer"), makeViewer("regulator"), makeViewer("admin")]);
  mine = await makeCase({ assignTo: [officer.id] });
  theirs = await makeCase();
  await file(mine.id, "Inspection note", ["검사 결과: 수집된 개인신용정보를 제3자에게 제공하였다."], { mediaType: "text/plain" });
  await file(mine.id, "Company reply", ["Cover letter.", "We relied on the customers' Consent to the zorblax transfer.", `${"Filler sentence. ".repeat(400)}the zorblax clause at the end.`]);
  await file(mine.id, "Withdrawn draft", ["A quuxplor draft about zorblax."], { deleted: true });
  await file(theirs.id, "Other case memo", ["Mentions zorblax and 개인신용정보를 too."]);
});
afterAll(() => prisma.$disconnect());

const hitsOf = async (viewer: Viewer, q: string, incidentId?: string) => (await searchEvidence(viewer, { q, incidentId })).hits;

describe("search inside one case's evidence", () => {
  it("finds a Korean word inside a longer word, with the page and a snippet around it", async () => {
    const hits = await hitsOf(officer, "개인신용정보", mine.id);
    expect(hits).toMatchObject([{ fileId: ids["Inspection note"], title: "Inspection note", page: 1, caseSlug: mine.slug }]);
    expect(hits[0]?.snippet).toContain("개인신용정보를");
  });

  it("matches English case-insensitively, every word on the same page", async () => {
    const hits = await hitsOf(officer, "CONSENT zorblax", mine.id);
    expect(hits.map((h) => [h.title, h.page])).toEqual([["Company reply", 2]]);
    expect(hits[0]?.snippet).toContain("Consent");
  });

  it("cuts a snippet around the first hit of a long page instead of answering the page", async () => {
    const [hit] = (await hitsOf(officer, "clause", mine.id));
    expect(hit).toMatchObject({ page: 3, cutBefore: true, cutAfter: false });
    expect(hit?.snippet).toContain("zorblax clause");
    expect(hit?.snippet.length).toBeLessThan(300);
  });

  it("never finds a deleted file", async () => {
    expect(await hitsOf(officer, "quuxplor", mine.id)).toEqual([]);
    expect(await hitsOf(regulator, "quuxplor")).toEqual([]);
  });

  it("finds nothing in a case the officer is not assigned to, even when asked for it", async () => {
    expect(await hitsOf(officer, "zorblax", theirs.id)).toEqual([]);
    expect((await hitsOf(regulator, "zorblax", theirs.id)).map((h) => h.title)).toEqual(["Other case memo"]);
  });

  it("shows no file's text to an administrator, who may read the records but not the bytes", async () => {
    expect(await hitsOf(admin, "zorblax", mine.id)).toEqual([]);
    expect(await hitsOf(admin, "zorblax")).toEqual([]);
    expect((await searchCases(admin, caseListQuerySchema.parse({ q: "zorblax" }))).items).toEqual([]);
  });

  it("treats the search as text: LIKE wildcards match only themselves", async () => {
    expect(await hitsOf(regulator, "%% __")).toEqual([]);
    expect(await hitsOf(regulator, "a")).toEqual([]);
  });
});

describe("search across cases", () => {
  it("answers only the cases the viewer may see", async () => {
    const titles = (hits: { title: string }[]) => hits.map((h) => h.title).sort();
    expect(titles(await hitsOf(officer, "zorblax"))).toEqual(["Company reply", "Company reply"]);
    expect(titles(await hitsOf(regulator, "zorblax"))).toEqual(["Company reply", "Company reply", "Other case memo"]);
  });

  it("finds a case in the case list by its evidence, and says which file and page", async () => {
    const query = caseListQuerySchema.parse({ q: "개인신용정보를", limit: 100 });
    const forOfficer = (await searchCases(officer, query)).items;
    expect(forOfficer.map((i) => i.slug)).toEqual([mine.slug]);
    expect(forOfficer[0]?.evidence).toMatchObject({ fileId: ids["Inspection note"], title: "Inspection note", page: 1 });
    const forRegulator = (await searchCases(regulator, query)).items.map((i) => i.slug);
    expect(forRegulator).toEqual(expect.arrayContaining([mine.slug, theirs.slug]));
  });

  it("does not find a case by a deleted file's words", async () => {
    expect((await searchCases(regulator, caseListQuerySchema.parse({ q: "quuxplor" }))).items).toEqual([]);
  });
});
