import { describe, expect, it } from "vitest";
import { textParts } from "./text-parts";

describe("textParts", () => {
  it("turns http and https addresses into links, leaving the sentence's full stop outside", () => {
    expect(textParts("See https://www.fss.or.kr/report?id=1. Thanks")).toEqual([
      { text: "See " },
      { href: "https://www.fss.or.kr/report?id=1", text: "https://www.fss.or.kr/report?id=1" },
      { text: ". Thanks" },
    ]);
  });
  it("leaves other schemes and markup as text", () => {
    for (const body of ["javascript:alert(1)", "<a href=\"https://x.org\">x</a>".replace("https://x.org", "javascript:1"), "data:text/html,<b>hi</b>", "ftp://example.org/a"]) {
      expect(textParts(body).every((part) => !("href" in part))).toBe(true);
    }
  });
  it("keeps markup around a link as text, never as HTML", () => {
    expect(textParts("<b>https://example.org</b>")).toEqual([{ text: "<b>" }, { href: "https://example.org/", text: "https://example.org" }, { text: "</b>" }]);
  });
  it("is plain text when there is no link", () => {
    expect(textParts("No links here.")).toEqual([{ text: "No links here." }]);
  });
});
