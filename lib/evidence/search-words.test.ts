import { describe, expect, it } from "vitest";
import { highlightParts, searchWords } from "./search-words";

describe("searchWords", () => {
  it("splits on spaces, keeps Korean words whole, drops one-letter words and repeats", () => {
    expect(searchWords("  수집된 개인신용정보를   제3자에게 ")).toEqual(["수집된", "개인신용정보를", "제3자에게"]);
    expect(searchWords("Consent a consent CONSENT Alipay")).toEqual(["consent", "alipay"]);
    expect(searchWords("a b")).toEqual([]);
    expect(searchWords("")).toEqual([]);
  });

  it("lowercases and normalizes to NFC, so decomposed Hangul matches stored text", () => {
    expect(searchWords("동의".normalize("NFD"))).toEqual(["동의"]);
  });

  it("keeps at most five words of at most 100 characters", () => {
    expect(searchWords("one two three four five six seven")).toHaveLength(5);
    expect(searchWords("x".repeat(300))[0]).toHaveLength(100);
  });
});

describe("highlightParts", () => {
  it("marks every occurrence of every word, case-insensitively, keeping the original text", () => {
    expect(highlightParts("No consent; Consent later. Alipay", ["consent", "alipay"])).toEqual([
      { text: "No ", hit: false },
      { text: "consent", hit: true },
      { text: "; ", hit: false },
      { text: "Consent", hit: true },
      { text: " later. ", hit: false },
      { text: "Alipay", hit: true },
    ]);
  });

  it("marks Korean words inside longer words and treats regex characters as text", () => {
    expect(highlightParts("개인신용정보를 제공", ["신용"])).toEqual([
      { text: "개인", hit: false },
      { text: "신용", hit: true },
      { text: "정보를 제공", hit: false },
    ]);
    expect(highlightParts("a (b) c", ["(b)"])).toEqual([
      { text: "a ", hit: false },
      { text: "(b)", hit: true },
      { text: " c", hit: false },
    ]);
  });

  it("answers the text unmarked when there is nothing to mark", () => {
    expect(highlightParts("plain", [])).toEqual([{ text: "plain", hit: false }]);
  });
});
