import { describe, expect, it } from "vitest";
import type { PublicSnapshot } from "@/lib/publishing/snapshot";
import { publicSanctionRows } from "./sanction-rows";
import { organisationMentions } from "./organisation-roles";

const company = { name: "Pay Co", nameKo: "페이", slug: "pay-co", sector: "finance" as const, country: "KR" };
const partner = { name: "Partner", nameKo: null, slug: "partner", sector: null, country: "CN" };
const authority = { name: "FSS", nameKo: "금감원", slug: "fss", sector: "public_sector" as const, country: "KR" };

function snapshot(slug: string, sanctions: PublicSnapshot["sanctions"], extra: Partial<PublicSnapshot> = {}): PublicSnapshot {
  return {
    schema: 1, slug, title: slug, titleKo: null, summary: "", summaryKo: null, isDemo: false, stage: "sanctioned",
    investigated: company, authority, recipients: [{ id: "r1", ...partner, relationship: null }],
    period: { start: null, startPrecision: "day", end: null, endPrecision: "day" },
    headline: { people: null, records: null }, figures: [], dataCategories: [], timeline: [], findings: [], statements: [],
    sanctions, sources: [], series: { days: 0, provenance: null }, ...extra,
  };
}

describe("publicSanctionRows", () => {
  it("keeps the decided amount and the final amount after an appeal apart", () => {
    const rows = publicSanctionRows([
      { raw: snapshot("a", [{ id: "s1", type: "fine", subjectName: "Pay Co", subject: company, amount: "500", currency: "KRW", decisionDate: "2025-01-02", appealOutcome: "reduced", amountBeforeAppeal: "1000" }]), version: 2, publishedAt: new Date() },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.amount).toEqual({ minor: 1000n, currency: "KRW" });
    expect(rows[0]!.finalAmount).toEqual({ minor: 500n, currency: "KRW" });
    expect(rows[0]!.appealOutcome).toBe("reduced");
    expect(rows[0]!.subject.slug).toBe("pay-co");
    expect(rows[0]!.authority?.slug).toBe("fss");
    expect(rows[0]!.case).toMatchObject({ slug: "a", version: 2 });
  });

  it("reads versions published before currencies and subjects: won, and the investigated company by name", () => {
    const [row] = publicSanctionRows([{ raw: snapshot("old", [{ id: "s1", type: "fine", subjectName: "Pay Co", amountKrw: "3000", decisionDate: null, appealOutcome: null }]), version: 1, publishedAt: new Date() }]);
    expect(row!.amount).toEqual({ minor: 3000n, currency: "KRW" });
    expect(row!.finalAmount).toBeNull();
    expect(row!.subject.slug).toBe("pay-co");
  });

  it("orders newest decision first, undated last", () => {
    const s = (id: string, decisionDate: string | null) => ({ id, type: "fine" as const, subjectName: "X", decisionDate, appealOutcome: null });
    const rows = publicSanctionRows([{ raw: snapshot("a", [s("1", "2023-05-01"), s("2", null), s("3", "2025-01-01")]), version: 1, publishedAt: new Date() }]);
    expect(rows.map((r) => r.id)).toEqual(["3", "1", "2"]);
  });
});

describe("organisationMentions", () => {
  it("names each organisation once per role, and only those with a record", () => {
    const mentions = organisationMentions({
      raw: snapshot("a", [
        { id: "s1", type: "fine", subjectName: "Pay Co", subject: company, decisionDate: null, appealOutcome: null },
        { id: "s2", type: "fine", subjectName: "Pay Co", subject: company, decisionDate: null, appealOutcome: null },
        { id: "s3", type: "other", subjectName: "Unnamed person", subject: null, decisionDate: null, appealOutcome: null },
      ]),
      version: 1,
      publishedAt: new Date(),
    });
    expect(mentions.map((m) => `${m.role}:${m.organisation.slug}`)).toEqual(["investigated:pay-co", "authority:fss", "recipient:partner", "sanctioned:pay-co"]);
  });
});
