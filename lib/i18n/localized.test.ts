import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { localized, localizedText } from "./localized";

describe("text kept in English and Korean", () => {
  it("a Korean page shows the Korean text when there is one", () => {
    expect(localizedText("ko", "Findings released", "결과 발표")).toEqual({ text: "결과 발표", lang: "ko", fallback: false });
  });

  it("a Korean page shows the English text, marked as English, when there is no Korean", () => {
    for (const korean of [null, undefined, "", "   \n"]) {
      expect(localizedText("ko", "Findings released", korean)).toEqual({ text: "Findings released", lang: "en", fallback: true });
    }
  });

  it("an English page shows the English text, and the Korean one marked when English is missing", () => {
    expect(localizedText("en", "Findings released", "결과 발표")).toEqual({ text: "Findings released", lang: "en", fallback: false });
    expect(localizedText("en", null, "결과 발표")).toEqual({ text: "결과 발표", lang: "ko", fallback: true });
    expect(localizedText("en", " ", "결과 발표")).toEqual({ text: "결과 발표", lang: "ko", fallback: true });
  });

  it("nothing to show when neither language has text", () => {
    expect(localizedText("ko", null, null)).toBeNull();
    expect(localizedText("en", "", "  ")).toBeNull();
    expect(localized("ko", null, undefined)).toBe("");
  });

  it("the plain form follows the same rule, without the mark", () => {
    fc.assert(
      fc.property(fc.constantFrom("en" as const, "ko" as const), fc.option(fc.string()), fc.option(fc.string()), (locale, en, ko) => {
        expect(localized(locale, en, ko)).toBe(localizedText(locale, en, ko)?.text ?? "");
      }),
    );
  });

  it("the text shown is always in the language it is said to be in, and marked exactly when it is not the page's", () => {
    fc.assert(
      fc.property(fc.constantFrom("en" as const, "ko" as const), fc.option(fc.string()), fc.option(fc.string()), (locale, en, ko) => {
        const choice = localizedText(locale, en, ko);
        if (!choice) return;
        expect(choice.text).toBe(choice.lang === "en" ? en : ko);
        expect(choice.text.trim()).not.toBe("");
        expect(choice.fallback).toBe(choice.lang !== locale);
      }),
    );
  });
});
