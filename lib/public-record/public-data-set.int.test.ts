import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePublicDataSet, REPEAT_COMPANY_SLUG } from "@/bench/lib/public-data-set";
import { prisma } from "@/lib/db/prisma";
import { isCurrency } from "@/lib/money/currency";
import { buildSnapshot, defaultSelection } from "@/lib/publishing/build-snapshot";
import { listPublishedCases } from "@/lib/publishing/get-published-case";
import { forgetPublicReads } from "@/lib/publishing/public-read-cache";
import { PUBLIC_STAGES } from "@/lib/publishing/public-stage";
import { makeCase } from "@/tests/support/factories";
import { organisationMentions } from "./organisation-roles";
import { publicSanctionRows } from "./sanction-rows";

// The benchmark's published data set (bench/lib/public-data-set.ts), at 20 cases: the public
// record's readers take its snapshots as they take the ones publishing writes.
const CASES = 20;

async function removeDataSet() {
  await prisma.$executeRawUnsafe(`DELETE FROM publication_versions WHERE id LIKE 'pubset-%'`);
  await prisma.$executeRawUnsafe(`DELETE FROM incidents WHERE id LIKE 'pubset-%'`);
  await prisma.$executeRawUnsafe(`DELETE FROM organizations WHERE id LIKE 'pubset-%'`);
  forgetPublicReads();
}

beforeAll(async () => {
  await generatePublicDataSet((sql) => prisma.$executeRawUnsafe(sql), CASES);
  forgetPublicReads();
});
afterAll(async () => {
  await removeDataSet();
  await prisma.$disconnect();
});

const generated = async () => (await listPublishedCases()).filter((c) => c.slug.startsWith("pubset-case-"));

describe("the public benchmark data set", () => {
  it("is read by listPublishedCases: every case, published in the past, with a snapshot shaped as publishing writes it", async () => {
    const cases = await generated();
    expect(cases).toHaveLength(CASES);
    const real = await makeCase();
    const built = await buildSnapshot(prisma, real.id, await defaultSelection(prisma, real.id));
    for (const c of cases) {
      expect(c.publishedAt.getTime()).toBeLessThan(Date.now());
      expect(Object.keys(c.raw).sort()).toEqual(expect.arrayContaining(Object.keys(built).sort()));
      expect(Object.keys(c.raw.headline.people ?? {})).toEqual(expect.arrayContaining(["value", "provenance", "approximate", "asOf", "source", "split"]));
      expect(PUBLIC_STAGES).toContain(c.stage);
      expect(c.raw.series.months?.length).toBe(6);
      expect(c.raw.dataCategories.length).toBeGreaterThanOrEqual(2);
      expect(c.raw.milestones?.decidedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.raw.recipients[0]?.country).not.toBe("KR");
      expect(c.period.start).toBeInstanceOf(Date);
    }
  });

  it("is read by publicSanctionRows: sanctions in three currencies, some appealed, articles, and a repeat company", async () => {
    const rows = publicSanctionRows(await generated());
    // Two or three sanctions a case: 2,000 cases make 5,000.
    expect(rows).toHaveLength(CASES * 2 + CASES / 2);
    const fines = rows.filter((r) => r.type === "fine");
    expect(fines.every((r) => r.amount !== null && isCurrency(r.amount.currency))).toBe(true);
    expect(new Set(fines.map((r) => r.amount?.currency))).toEqual(new Set(["KRW", "EUR", "USD"]));
    const appealed = rows.filter((r) => r.appealOutcome !== null);
    expect(appealed.length).toBeGreaterThan(0);
    expect(appealed.every((r) => r.finalAmount !== null && r.amount !== null && r.finalAmount.minor <= r.amount.minor)).toBe(true);
    expect(rows.every((r) => r.articles.length > 0 && r.articles.every((a) => a.url?.startsWith("https://")))).toBe(true);
    expect(rows.every((r) => r.subject.slug && r.subject.sector && r.authority?.slug)).toBe(true);
    expect(rows.filter((r) => r.type !== "fine").every((r) => r.amount === null)).toBe(true);
    const repeat = new Set(rows.filter((r) => r.subject.slug === REPEAT_COMPANY_SLUG).map((r) => r.case.slug));
    expect(repeat.size).toBe(2);
  });

  it("names each organisation's record in its role, and the records exist", async () => {
    const [first] = await generated();
    const mentions = organisationMentions(first!);
    expect(new Set(mentions.map((m) => m.role))).toEqual(new Set(["investigated", "recipient", "authority", "sanctioned"]));
    const slugs = [...new Set(mentions.map((m) => m.organisation.slug ?? ""))];
    expect(await prisma.organization.count({ where: { slug: { in: slugs } } })).toBe(slugs.length);
  });
});
