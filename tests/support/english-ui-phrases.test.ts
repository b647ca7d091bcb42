import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import { englishRuns, englishUiPhrases, findEnglishPhrases, literalPieces } from "./english-ui-phrases";

describe("English interface text on a Korean page", () => {
  const phrases = englishUiPhrases(en, ko);

  it("knows the phrases of the English messages, the paraphrase note among them", () => {
    expect(phrases.map((p) => p.phrase)).toContain(en.case.paraphrased);
    expect(phrases.map((p) => p.phrase)).toContain(en.case.findings);
    expect(phrases.length).toBeGreaterThan(500);
  });

  it("finds an English message left on the page, and only as whole words", () => {
    const hits = findEnglishPhrases(["카카오페이 (Paraphrased in the source.)"], phrases);
    expect(hits.map((h) => h.key)).toContain("case.paraphrased");
    expect(findEnglishPhrases(["출처가 요약해 전한 내용입니다."], phrases)).toEqual([]);
    expect(findEnglishPhrases(["Timelines"], [{ key: "x", phrase: "Timeline" }])).toEqual([]);
  });

  it("takes a one-word phrase for interface text only when it stands alone, not inside an English sentence of the case's data", () => {
    const total = [{ key: "caseWs.total", phrase: "Total" }];
    expect(findEnglishPhrases(["Total:"], total)).toHaveLength(1);
    expect(findEnglishPhrases(["합계 · Total (2024)"], total)).toHaveLength(1);
    expect(findEnglishPhrases(["Total of 40.45 million from the FSS findings."], total)).toEqual([]);
  });

  it("takes the literal text of a message with placeholders, not its syntax", () => {
    expect(literalPieces("Days with records: {days}")).toEqual(["Days with records:"]);
    expect(literalPieces("{count, plural, one {# finding} other {# findings}} in this case")).toEqual(["in this case"]);
    expect(literalPieces("Findings")).toEqual(["Findings"]);
  });

  it("ignores English the Korean messages use too, and messages the same in both languages", () => {
    expect(englishUiPhrases({ a: "CSV", b: "Download CSV file", c: "Casefile" }, { a: "CSV 파일", b: "CSV 파일 내려받기", c: "Casefile" })).toEqual([{ key: "b", phrase: "Download CSV file" }]);
  });

  it("sees runs of English words", () => {
    expect(englishRuns(["출처: News1 · 2024년", "Kakao Pay shared data", "JSON · CSV · Atom"])).toEqual(["Kakao Pay shared data"]);
  });
});
