import { describe, expect, it } from "vitest";
import type { PublicOrganisation, PublicSnapshot } from "@/lib/publishing/snapshot";
import type { PublishedCaseRef } from "./published-case-ref";
import { publicSanctionRows } from "./sanction-rows";
import { isRepeat, organisationPageOf } from "./organisation-page";

const pay = { name: "Pay Co", nameKo: "페이", slug: "pay-co", sector: "finance" as const, country: "KR" };
const partner = { name: "Partner", nameKo: null, slug: "partner", sector: null, country: "CN" };
const fss = { name: "FSS", nameKo: "금감원", slug: "fss", sector: "public_sector" as const, country: "KR" };
const fine = (id: string, subject: PublicOrganisation = pay) => ({ id, type: "fine" as const, subjectName: subject.name, subject, amount: "100", currency: "KRW", decisionDate: "2025-01-01", appealOutcome: null });

function ref(slug: string, sanctions: PublicSnapshot["sanctions"], publishedAt: string, extra: Partial<PublicSnapshot> = {}): PublishedCaseRef {
  const raw: PublicSnapshot = {
    schema: 1, slug, title: `Case ${slug}`, titleKo: null, summary: "", summaryKo: null, isDemo: false, stage: "sanctioned",
    investigated: pay, authority: fss, recipients: [{ id: "r1", ...partner, relationship: null }],
    period: { start: null, startPrecision: "day", end: null, endPrecision: "day" },
    headline: { people: null, records: null }, figures: [], dataCategories: [], timeline: [], findings: [], statements: [],
    sanctions, sources: [], series: { days: 0, provenance: null }, ...extra,
  };
  return { raw, version: 1, publishedAt: new Date(publishedAt) };
}

describe("isRepeat", () => {
  it("is a repeat only when sanctioned in more than one case: two sanctions in one case are not", () => {
    const one = publicSanctionRows([ref("a", [fine("s1"), fine("s2")], "2025-01-01T00:00:00Z")]);
    expect(isRepeat(one, "pay-co")).toBe(false);
    const two = publicSanctionRows([ref("a", [fine("s1")], "2025-01-01T00:00:00Z"), ref("b", [fine("s3")], "2025-02-01T00:00:00Z")]);
    expect(isRepeat(two, "pay-co")).toBe(true);
    expect(isRepeat(two, "partner")).toBe(false);
  });
});

describe("organisationPageOf", () => {
  const refs = [
    ref("old", [fine("s1")], "2024-01-01T00:00:00Z", { investigated: { ...pay, name: "Pay Co (old name)" } }),
    ref("new", [fine("s2")], "2025-06-01T00:00:00Z"),
    ref("other", [fine("s3", partner)], "2025-03-01T00:00:00Z", { investigated: partner, recipients: [] }),
  ];

  it("names the organisation as its latest published version does, with every case and role it appears in", () => {
    const page = organisationPageOf(refs, "pay-co");
    expect(page?.organisation).toMatchObject({ name: "Pay Co", nameKo: "페이", sector: "finance", country: "KR" });
    expect(page?.cases.map((c) => [c.case.slug, c.roles])).toEqual([
      ["new", ["investigated", "sanctioned"]],
      ["old", ["investigated", "sanctioned"]],
    ]);
    expect(page?.sanctions.map((s) => s.id).sort()).toEqual(["s1", "s2"]);
    expect(page?.repeat).toBe(true);
  });

  it("lists a recipient's cases and an authority's decided cases", () => {
    expect(organisationPageOf(refs, "partner")?.cases.map((c) => [c.case.slug, c.roles])).toEqual([
      ["new", ["recipient"]],
      ["other", ["investigated", "sanctioned"]],
      ["old", ["recipient"]],
    ]);
    const authority = organisationPageOf(refs, "fss");
    expect(authority?.cases).toHaveLength(3);
    expect(authority?.sanctions).toEqual([]);
    expect(authority?.decided).toHaveLength(3);
  });

  it("answers null for a slug no published case names", () => {
    expect(organisationPageOf(refs, "nobody")).toBeNull();
  });
});
