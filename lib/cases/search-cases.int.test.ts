import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/auth/permissions";
import { seedDatabase } from "@/prisma/seed/index";
import { REFERENCE_CASE_SLUG } from "@/prisma/seed/reference-case";
import { makeViewer } from "@/tests/support/factories";
import { caseListQuerySchema } from "./case-list-query";
import { caseListFacets, searchCases } from "./search-cases";

let regulator: Viewer;
let officer: Viewer;
const query = (input: Record<string, unknown> = {}) => caseListQuerySchema.parse(input);
const slugs = async (viewer: Viewer, input: Record<string, unknown> = {}) => (await searchCases(viewer, query({ limit: 100, ...input }))).items.map((i) => i.slug);

beforeAll(async () => {
  await seedDatabase(prisma, { demo: true });
  [regulator, officer] = await Promise.all([makeViewer("regulator"), makeViewer("case_officer")]);
  const reference = await prisma.incident.findUniqueOrThrow({ where: { slug: REFERENCE_CASE_SLUG } });
  await prisma.caseAssignment.create({ data: { incidentId: reference.id, userId: officer.id } });
});
afterAll(() => prisma.$disconnect());

describe("the case list", () => {
  it("finds the reference case by English words, by Korean words with or without particles, and by a finding's text", async () => {
    expect(await slugs(regulator, { q: "Alipay consent" })).toContain(REFERENCE_CASE_SLUG);
    expect(await slugs(regulator, { q: "카카오페이" })).toContain(REFERENCE_CASE_SLUG);
    expect(await slugs(regulator, { q: "알리페이에" })).toContain(REFERENCE_CASE_SLUG);
    expect(await slugs(regulator, { q: "동의 없이" })).toContain(REFERENCE_CASE_SLUG);
    expect(await slugs(regulator, { q: "widely available tools" })).toContain(REFERENCE_CASE_SLUG);
    expect(await slugs(regulator, { q: "no such words anywhere" })).toEqual([]);
  });

  it("treats search text as text, never as SQL or search syntax", async () => {
    for (const q of ["'; DROP TABLE incidents; --", "a & | ! :*", "%", "_", "\\"]) {
      await expect(searchCases(regulator, query({ q }))).resolves.toHaveProperty("items");
    }
    expect(await prisma.incident.count()).toBeGreaterThan(0);
  });

  it("shows a case officer only their assigned cases", async () => {
    expect(await slugs(officer)).toEqual([REFERENCE_CASE_SLUG]);
    expect(await slugs(officer, { q: "Demo" })).toEqual([]);
  });

  it("filters by state, organization, recipient, data category and opening date", async () => {
    expect(await slugs(regulator, { state: ["findings_issued"] })).toContain(REFERENCE_CASE_SLUG);
    expect(await slugs(regulator, { state: ["closed"] })).not.toContain(REFERENCE_CASE_SLUG);
    const facets = await caseListFacets(regulator);
    const kakao = facets.orgs.find((o) => o.name === "Kakao Pay");
    const alipay = facets.recipients.find((o) => o.name === "Alipay");
    expect(await slugs(regulator, { org: kakao?.id })).toEqual([REFERENCE_CASE_SLUG]);
    expect(await slugs(regulator, { recipient: alipay?.id })).toEqual([REFERENCE_CASE_SLUG]);
    expect(facets.categories).toContain("Mobile phone number");
    expect(await slugs(regulator, { category: "Mobile phone number" })).toEqual([REFERENCE_CASE_SLUG]);
    expect(await slugs(regulator, { from: "2024-08-13", to: "2024-08-13" })).toContain(REFERENCE_CASE_SLUG);
    expect(await slugs(regulator, { from: "2024-08-14", to: "2024-08-31" })).not.toContain(REFERENCE_CASE_SLUG);
  });

  it("filters by closing date when asked, so a month's closed cases are a link", async () => {
    expect(await slugs(regulator, { dates: "closed", from: "2024-11-01", to: "2024-11-30" })).toEqual(["demo-shop-hashed-emails"]);
    expect(await slugs(regulator, { from: "2024-11-01", to: "2024-11-30" })).not.toContain("demo-shop-hashed-emails");
    expect(await slugs(regulator, { dates: "closed", from: "2024-12-01", to: "2025-12-31" })).toEqual([]);
  });

  it("pages with a cursor: every case exactly once, in order, for every sort", async () => {
    // The four demo cases: other test files add cases to this database while this one runs.
    for (const sort of ["opened_desc", "opened_asc", "updated_desc", "title_asc"] as const) {
      const all = await slugs(regulator, { sort, q: "Demo" });
      expect(all).toHaveLength(4);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await searchCases(regulator, query({ sort, q: "Demo", limit: 2, cursor }));
        seen.push(...page.items.map((i) => i.slug));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(all);
    }
  });

  it("lists every case for an administrator, as for a regulator (read-only is the pages' business)", async () => {
    const [admin, regulator] = await Promise.all([makeViewer("admin"), makeViewer("regulator")]);
    const slugsOf = async (viewer: typeof admin) => (await searchCases(viewer, query())).items.map((r) => r.slug);
    expect(await slugsOf(admin)).toEqual(await slugsOf(regulator));
  });
});
