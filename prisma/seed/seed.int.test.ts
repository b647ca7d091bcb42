import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPrisma } from "@/tests/support/prisma";
import { checkCategory } from "@/lib/data-categories/check-category";
import { defaultSelection } from "@/lib/publishing/build-snapshot";
import { loadKoreanCandidates } from "@/lib/publishing/korean-candidates";
import { missingKorean } from "@/lib/publishing/missing-korean";
import { seedDatabase } from "./index";
import { REFERENCE_CASE_SLUG } from "./reference-case";

const prisma = testPrisma();

beforeAll(async () => {
  await seedDatabase(prisma, { demo: true });
});
afterAll(() => prisma.$disconnect());

describe("the reference case as seeded", () => {
  it("carries the article's figures", async () => {
    const incident = await prisma.incident.findUniqueOrThrow({
      where: { slug: REFERENCE_CASE_SLUG },
      include: { figures: true, estimates: { include: { revisions: true } }, dataCategories: true, recipients: { include: { organization: true } } },
    });
    const figure = (key: string) => incident.figures.find((f) => f.key === key);
    expect(Number(figure("records_shared_total")?.value)).toBe(54_200_000_000);
    expect(figure("records_shared_total")?.provenance).toBe("verified");
    expect(Number(figure("kakao_pay_monthly_users")?.value)).toBe(25_000_000);
    expect(figure("kakao_pay_monthly_users")?.approximate).toBe(true);
    expect(Number(figure("merchants_alipay_supports")?.value)).toBe(81_000_000);
    expect(Number(figure("countries_alipay_operates_in")?.value)).toBe(46);
    expect(Number(figure("alipay_s_stake_in_kakao_pay")?.value)).toBe(32);
    const revision = incident.estimates[0]?.revisions[0];
    expect(revision?.total).toBe(40_450_000n);
    expect((revision?.active ?? 0n) + (revision?.unsplit ?? 0n)).toBe(40_450_000n);
    expect(incident.recipients.map((r) => r.organization.name)).toEqual(["Alipay"]);
    expect(incident.dataCategories.map((c) => c.name).sort()).toEqual(["Email address", "Kakao Pay ID", "Mobile phone number", "Name", "Transaction history"]);
    expect(incident.dataCategories.filter((c) => c.reversibility === "reversible").map((c) => c.name).sort()).toEqual(["Kakao Pay ID", "Mobile phone number"]);
    expect(incident.conductStart?.toISOString().slice(0, 7)).toBe("2018-04");
  });

  it("gives its organisations a sector, the aliases the article uses, and no registration number it does not state", async () => {
    const orgs = await prisma.organization.findMany({ where: { slug: { in: ["kakao-pay", "alipay", "financial-supervisory-service"] } }, orderBy: { slug: "asc" } });
    expect(orgs.map((o) => [o.slug, o.sector, o.registrationNumber, o.aliases, o.aliasesKo])).toEqual([
      ["alipay", "finance", null, [], []],
      ["financial-supervisory-service", "public_sector", null, ["FSS"], ["금감원"]],
      ["kakao-pay", "finance", null, [], []],
    ]);
  });

  it("checks its data categories as before: the mobile numbers (010-XXXX-XXXX) are reversible by enumeration, and every category is published by default", async () => {
    const incident = await prisma.incident.findUniqueOrThrow({ where: { slug: REFERENCE_CASE_SLUG }, include: { dataCategories: true } });
    const verdicts = Object.fromEntries(incident.dataCategories.map((c) => [c.name, checkCategory(c).verdict]));
    expect(verdicts).toEqual({
      "Mobile phone number": "reversible_by_enumeration",
      "Kakao Pay ID": "undetermined",
      Name: "reversible_by_key_holder",
      "Email address": "reversible_by_key_holder",
      "Transaction history": "reversible_by_key_holder",
    });
    expect(checkCategory(incident.dataCategories.find((c) => c.name === "Mobile phone number")!).spaceSize).toBe(100_000_000n);
    expect((await defaultSelection(prisma, incident.id)).dataCategoryIds.sort()).toEqual(incident.dataCategories.map((c) => c.id).sort());
  });

  it("has a daily series that is modelled, daily, and sums to exactly 54.2 billion", async () => {
    const incident = await prisma.incident.findUniqueOrThrow({ where: { slug: REFERENCE_CASE_SLUG } });
    const [row] = await prisma.$queryRaw<{ total: bigint; days: bigint; kinds: string[]; first: Date; last: Date }[]>`
      SELECT sum(records)::bigint AS total, count(*)::bigint AS days, array_agg(DISTINCT provenance::text) AS kinds, min(day) AS first, max(day) AS last
      FROM daily_record_counts WHERE "incidentId" = ${incident.id}`;
    expect(row?.total).toBe(54_200_000_000n);
    expect(row?.kinds).toEqual(["modelled"]);
    expect(row?.first.toISOString().slice(0, 10)).toBe("2018-04-01");
    expect(Number(row?.days)).toBe((row!.last.getTime() - row!.first.getTime()) / 86_400_000 + 1);
  });

  it("records what is inferred rather than stated", async () => {
    const events = await prisma.timelineEvent.findMany({ where: { incident: { slug: REFERENCE_CASE_SLUG }, inferenceNote: { not: null } } });
    expect(events.some((e) => e.occurredOn.toISOString().startsWith("2024-08-13") && /2024 is inferred/.test(e.inferenceNote ?? ""))).toBe(true);
  });

  it("publishes its source as the text knows it: no publisher or address it does not name, and no internal file name anywhere", async () => {
    const source = await prisma.source.findFirstOrThrow({ where: { incident: { slug: REFERENCE_CASE_SLUG } } });
    expect([source.publisher, source.url]).toEqual([null, null]);
    expect(source.title).not.toMatch(/News1/);
    const versions = await prisma.publicationVersion.findMany({ where: { status: "published" } });
    expect(versions.length).toBeGreaterThan(0);
    const strings = (value: unknown): string[] =>
      typeof value === "string" ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === "object" ? Object.values(value).flatMap(strings) : [];
    for (const v of versions) {
      for (const text of strings(v.snapshot)) {
        expect(text).not.toContain(".txt");
        expect(text).not.toContain("Reference text");
        expect(text).not.toContain("참고 텍스트");
      }
    }
  });

  it("has Korean text for everything its public version shows, so its Korean page is Korean", async () => {
    const incident = await prisma.incident.findUniqueOrThrow({ where: { slug: REFERENCE_CASE_SLUG } });
    const candidates = await loadKoreanCandidates(prisma, incident.id);
    expect(missingKorean(candidates, await defaultSelection(prisma, incident.id))).toEqual([]);
    // And the published version carries it: the statements' paraphrases are marked as such, not by an English note.
    const [version] = await prisma.publicationVersion.findMany({ where: { incidentId: incident.id } });
    const snapshot = version?.snapshot as { statements: { wording?: string; context: string | null }[]; findings: { bodyKo?: string | null }[] };
    expect(snapshot.statements.filter((s) => s.wording === "paraphrase")).toHaveLength(2);
    expect(snapshot.statements.every((s) => s.context === null)).toBe(true);
    expect(snapshot.findings.every((f) => Boolean(f.bodyKo))).toBe(true);
  });

  it("gives the published demo cases Korean for everything they publish too", async () => {
    const published = await prisma.incident.findMany({ where: { isDemo: true, publications: { some: {} } }, select: { id: true } });
    expect(published.length).toBeGreaterThan(0);
    for (const { id } of published) expect(missingKorean(await loadKoreanCandidates(prisma, id), await defaultSelection(prisma, id))).toEqual([]);
  });

  it("publishes the demo shop's hashed e-mail addresses: the check cannot count addresses, but the inspectors matched them back", async () => {
    const incident = await prisma.incident.findUniqueOrThrow({ where: { slug: "demo-shop-hashed-emails" }, include: { dataCategories: true } });
    const [category] = incident.dataCategories;
    expect(checkCategory(category!)).toMatchObject({ verdict: "undetermined", explanation: "freeText" });
    expect((await defaultSelection(prisma, incident.id)).dataCategoryIds).toEqual([category!.id]);
  });

  it("adds fictional demo cases, all labelled as demo, in several workflow states", async () => {
    const demos = await prisma.incident.findMany({ where: { isDemo: true, deletedAt: null } });
    expect(demos.length).toBeGreaterThanOrEqual(3);
    expect(demos.every((d) => d.title.startsWith("Demo:"))).toBe(true);
    expect(new Set(demos.map((d) => d.workflowState)).size).toBeGreaterThanOrEqual(3);
  });

  it("creates no sign-in accounts: demo users come only from the embedded demo start-up", async () => {
    expect(await prisma.user.count({ where: { email: { endsWith: "@casefile.demo" } } })).toBe(0);
  });

  it("is idempotent: seeding again adds nothing", async () => {
    const before = await prisma.dailyRecordCount.count();
    const result = await seedDatabase(prisma, { demo: true });
    expect(result).toEqual({ referenceCreated: false, demoCasesCreated: 0 });
    expect(await prisma.dailyRecordCount.count()).toBe(before);
  });
});
