import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { missingKorean, type KoreanCandidates } from "./missing-korean";
import type { PublicationSelection } from "./snapshot";

const selection = (over: Partial<PublicationSelection> = {}): PublicationSelection => ({
  state: true,
  people: true,
  records: true,
  figures: true,
  statements: true,
  sources: true,
  series: true,
  dataCategoryIds: [],
  timelineEventIds: [],
  findingIds: [],
  sanctionIds: [],
  wording: {},
  ...over,
});

const item = (kind: KoreanCandidates[number]["kind"], id: string, fields: KoreanCandidates[number]["fields"]) => ({ kind, id, label: `${kind} ${id}`, href: `/x/${id}`, fields });

const fullyKorean: KoreanCandidates = [
  item("case", "c", [
    { field: "title", en: "Title", ko: "제목" },
    { field: "summary", en: "Summary", ko: "요약", wording: { en: "summary", ko: "summaryKo" } },
  ]),
  item("finding", "f1", [
    { field: "title", en: "Finding", ko: "결과" },
    { field: "body", en: "Body", ko: "본문", wording: { en: "finding:f1", ko: "finding:f1:ko" } },
  ]),
];

describe("the items a version would publish without Korean text", () => {
  it("none when every published text has its Korean", () => {
    expect(missingKorean(fullyKorean, selection({ findingIds: ["f1"] }))).toEqual([]);
  });

  it("lists an item with the fields whose Korean is missing, blank counting as missing", () => {
    const candidates: KoreanCandidates = [
      item("finding", "f1", [
        { field: "title", en: "Finding", ko: "  " },
        { field: "body", en: "Body", ko: null },
      ]),
    ];
    expect(missingKorean(candidates, selection({ findingIds: ["f1"] }))).toEqual([{ kind: "finding", id: "f1", label: "finding f1", href: "/x/f1", fields: ["title", "body"] }]);
  });

  it("a field with no English text either publishes nothing, so nothing is missing", () => {
    expect(missingKorean([item("event", "e1", [{ field: "description", en: null, ko: null }])], selection({ timelineEventIds: ["e1"] }))).toEqual([]);
  });

  it("only counts what the selection publishes", () => {
    const untranslated = (kind: KoreanCandidates[number]["kind"], id: string) => item(kind, id, [{ field: "text", en: "English", ko: null }]);
    const candidates = [
      untranslated("finding", "f1"),
      untranslated("event", "e1"),
      untranslated("category", "c1"),
      untranslated("statement", "s1"),
      untranslated("figure", "k1"),
      untranslated("source", "src1"),
      untranslated("recipient", "r1"),
      untranslated("case", "case"),
    ];
    const none = selection({ figures: false, statements: false, sources: false });
    expect(missingKorean(candidates, none).map((g) => g.kind)).toEqual(["recipient", "case"]);
    const all = selection({ findingIds: ["f1"], timelineEventIds: ["e1"], dataCategoryIds: ["c1"] });
    expect(missingKorean(candidates, all).map((g) => g.kind)).toEqual(["finding", "event", "category", "statement", "figure", "source", "recipient", "case"]);
  });

  it("an English public wording without a Korean one leaves the Korean page without Korean", () => {
    const words = { "finding:f1": "Public English wording." };
    expect(missingKorean(fullyKorean, selection({ findingIds: ["f1"], wording: words }))).toEqual([
      { kind: "finding", id: "f1", label: "finding f1", href: "/x/f1", fields: ["body"] },
    ]);
  });

  it("a Korean public wording supplies the Korean an item lacks", () => {
    const candidates: KoreanCandidates = [item("case", "c", [{ field: "summary", en: "Summary", ko: null, wording: { en: "summary", ko: "summaryKo" } }])];
    expect(missingKorean(candidates, selection())).toHaveLength(1);
    expect(missingKorean(candidates, selection({ wording: { summaryKo: "공개 요약" } }))).toEqual([]);
  });

  it("lists a field exactly when its Korean text would be missing from the published version", () => {
    const text = fc.option(fc.constantFrom("", " ", "English", "한국어"), { nil: null });
    fc.assert(
      fc.property(text, text, fc.option(fc.constantFrom("", "Wording"), { nil: undefined }), fc.option(fc.constantFrom("", "문구"), { nil: undefined }), (en, ko, wordEn, wordKo) => {
        const wording: Record<string, string> = {};
        if (wordEn !== undefined) wording["finding:f1"] = wordEn;
        if (wordKo !== undefined) wording["finding:f1:ko"] = wordKo;
        const gaps = missingKorean([item("finding", "f1", [{ field: "body", en, ko, wording: { en: "finding:f1", ko: "finding:f1:ko" } }])], selection({ findingIds: ["f1"], wording }));
        const publishedEn = wordEn || en;
        const publishedKo = wordKo || (wordEn ? null : ko);
        const missing = Boolean(publishedEn?.trim()) && !publishedKo?.trim();
        expect(gaps.length).toBe(missing ? 1 : 0);
      }),
    );
  });
});
