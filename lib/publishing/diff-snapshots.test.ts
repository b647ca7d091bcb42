import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./diff-snapshots";
import type { PublicSnapshot } from "./snapshot";

const figure = { value: 40_450_000, provenance: "verified" as const, approximate: false, asOf: "2024-08-13", source: "FSS" };

function snapshot(overrides: Partial<PublicSnapshot> = {}): PublicSnapshot {
  return {
    schema: 1,
    slug: "kakao-pay",
    title: "Kakao Pay shared data with Alipay",
    titleKo: "카카오페이",
    summary: "Summary.",
    summaryKo: null,
    isDemo: false,
    stage: "findings",
    investigated: { name: "Kakao Pay", nameKo: "카카오페이" },
    authority: { name: "FSS", nameKo: "금융감독원" },
    recipients: [{ id: "r1", name: "Alipay", nameKo: null, relationship: "Shareholder" }],
    period: { start: "2018-04-01", startPrecision: "month", end: null, endPrecision: "day" },
    headline: { people: { ...figure, split: { active: 25_000_000, dormant: null, former: null, unsplit: 15_450_000 } }, records: { ...figure, value: 54_200_000_000, provenance: "reported" } },
    figures: [{ key: "mau", label: "Monthly users", labelKo: null, value: 20_000_000, unit: null, approximate: true, provenance: "reported", asOf: null, note: null, source: null }],
    dataCategories: [{ id: "c1", name: "Phone numbers", nameKo: null, consent: "none", purposeClaimed: null, protectionMethod: "hashed", reversibility: "reversible", reversibilityNote: null }],
    timeline: [{ id: "e1", occurredOn: "2018-04-01", precision: "month", kind: "transfer_started", title: "Transfers began", titleKo: null, description: null, inferenceNote: null }],
    findings: [{ id: "f1", title: "No consent", body: "Shared without consent." }],
    statements: [],
    sanctions: [{ id: "s1", type: "fine", subjectName: "Kakao Pay", amountKrw: "6000000000", decisionDate: "2025-01-01", appealOutcome: null }],
    sources: [{ id: "src1", title: "FSS release", url: null, note: null }],
    series: { days: 2300, provenance: "modelled" },
    ...overrides,
  } as PublicSnapshot;
}

describe("diffSnapshots", () => {
  it("finds no difference between a version and itself", () => {
    const diff = diffSnapshots(snapshot(), snapshot());
    expect(diff.first).toBe(false);
    expect(diff.fields).toEqual([]);
    expect(diff.provenance).toEqual([]);
    expect(Object.values(diff.lists).every((l) => l.added.length + l.removed.length + l.changed.length === 0)).toBe(true);
    expect(diff.unchanged).toBe(true);
  });

  it("lists changed scalar fields with their value before and after", () => {
    const diff = diffSnapshots(snapshot(), snapshot({ summary: "New summary.", period: { start: "2018-04-01", startPrecision: "month", end: "2024-07-31", endPrecision: "month" } }));
    expect(diff.fields).toEqual([
      { field: "summary", before: "Summary.", after: "New summary.", provenance: false },
      { field: "period.end", before: null, after: "2024-07-31", provenance: false },
      { field: "period.endPrecision", before: "day", after: "month", provenance: false },
    ]);
    expect(diff.unchanged).toBe(false);
  });

  it("flags a headline figure whose provenance changed from verified to estimated", () => {
    const live = snapshot();
    const proposed = snapshot({ headline: { ...live.headline, people: { ...(live.headline.people as NonNullable<PublicSnapshot["headline"]["people"]>), provenance: "estimated" } } });
    const diff = diffSnapshots(live, proposed);
    expect(diff.fields).toEqual([{ field: "headline.people.provenance", before: "verified", after: "estimated", provenance: true }]);
    expect(diff.provenance).toEqual([{ list: null, item: null, field: "headline.people.provenance", before: "verified", after: "estimated" }]);
  });

  it("flags a changed provenance inside a listed item, matching figures by their key", () => {
    const live = snapshot();
    const proposed = snapshot({ figures: [{ ...live.figures[0]!, provenance: "verified", value: 21_000_000 }] });
    const diff = diffSnapshots(live, proposed);
    const changed = diff.lists.figures.changed;
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ id: "mau", label: "Monthly users" });
    expect(changed[0]?.changes).toEqual([
      { field: "value", before: 20_000_000, after: 21_000_000, provenance: false },
      { field: "provenance", before: "reported", after: "verified", provenance: true },
    ]);
    expect(diff.provenance).toEqual([{ list: "figures", item: { id: "mau", label: "Monthly users", labelKo: null }, field: "provenance", before: "reported", after: "verified" }]);
  });

  it("matches items by id, whatever their order: added, removed and changed", () => {
    const live = snapshot({
      findings: [
        { id: "f1", title: "No consent", body: "Shared without consent." },
        { id: "f2", title: "Weak hashing", body: "Reversible." },
      ],
    });
    const proposed = snapshot({
      findings: [
        { id: "f3", title: "Late notice", titleKo: "늦은 통지", body: "Notified late." },
        { id: "f1", title: "No consent", body: "Shared without any consent." },
      ],
    });
    const diff = diffSnapshots(live, proposed).lists.findings;
    expect(diff.added).toEqual([{ id: "f3", label: "Late notice", labelKo: "늦은 통지" }]);
    expect(diff.removed).toEqual([{ id: "f2", label: "Weak hashing", labelKo: null }]);
    expect(diff.changed).toEqual([{ id: "f1", label: "No consent", labelKo: null, changes: [{ field: "body", before: "Shared without consent.", after: "Shared without any consent.", provenance: false }] }]);
  });

  it("treats a field an earlier version lacked as it was before (no text), not as a change", () => {
    const live = snapshot();
    // Later snapshots carry the optional fields, empty.
    const proposed = snapshot({
      findings: [{ id: "f1", title: "No consent", titleKo: null, body: "Shared without consent.", bodyKo: null }],
      recipients: [{ id: "r1", name: "Alipay", nameKo: null, relationship: "Shareholder", relationshipKo: null, description: null, descriptionKo: null }],
      sources: [{ id: "src1", title: "FSS release", titleKo: null, url: null, note: null, noteKo: null }],
    });
    const diff = diffSnapshots(live, proposed);
    expect(diff.unchanged).toBe(true);
  });

  it("reads an old sanction's won amount and a new one's amount in KRW as the same money", () => {
    const proposed = snapshot({ sanctions: [{ id: "s1", type: "fine", subjectName: "Kakao Pay", amountKrw: "6000000000", amount: "6000000000", currency: "KRW", decisionDate: "2025-01-01", appealOutcome: null }] });
    expect(diffSnapshots(snapshot(), proposed).unchanged).toBe(true);
    const raised = snapshot({ sanctions: [{ id: "s1", type: "fine", subjectName: "Kakao Pay", amount: "7000000000", currency: "KRW", decisionDate: "2025-01-01", appealOutcome: null }] });
    expect(diffSnapshots(snapshot(), raised).lists.sanctions.changed[0]?.changes).toEqual([{ field: "amount", before: "6000000000 KRW", after: "7000000000 KRW", provenance: false }]);
  });

  it("with no live version, everything proposed is new", () => {
    const diff = diffSnapshots(null, snapshot());
    expect(diff.first).toBe(true);
    expect(diff.lists.findings.added).toEqual([{ id: "f1", label: "No consent", labelKo: null }]);
    expect(diff.lists.figures.added).toEqual([{ id: "mau", label: "Monthly users", labelKo: null }]);
    expect(diff.lists.findings.removed).toEqual([]);
    expect(diff.fields).toContainEqual({ field: "title", before: null, after: "Kakao Pay shared data with Alipay", provenance: false });
    expect(diff.provenance).toEqual([]);
  });

  it("compares cited articles by their citation, and the records series by its months", () => {
    const article = { lawCode: "CIUPA", lawName: "Credit Information Act", lawNameKo: null, number: "32(1)", title: null, titleKo: null, url: null };
    const live = snapshot({ findings: [{ id: "f1", title: "No consent", body: "Shared without consent.", articles: [article] }], series: { days: 2, provenance: "modelled", months: [{ month: "2018-04-01", records: 10, days: 2, provenance: "modelled" }] } });
    const proposed = snapshot({
      findings: [{ id: "f1", title: "No consent", body: "Shared without consent.", articles: [article, { ...article, number: "17" }] }],
      series: { days: 2, provenance: "modelled", months: [{ month: "2018-04-01", records: 12, days: 2, provenance: "modelled" }] },
    });
    const diff = diffSnapshots(live, proposed);
    expect(diff.lists.findings.changed[0]?.changes).toEqual([{ field: "articles", before: "CIUPA 32(1)", after: "CIUPA 32(1); CIUPA 17", provenance: false }]);
    expect(diff.fields).toEqual([{ field: "series.records", before: 10, after: 12, provenance: false }]);
  });
});
