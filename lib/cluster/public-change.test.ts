import { describe, expect, it } from "vitest";
import { parsePublicChange } from "./public-change";

describe("parsePublicChange", () => {
  it("reads what notifyPublicChange sends", () => {
    expect(parsePublicChange(JSON.stringify({ kind: "unpublished", slug: "kakao-pay-alipay-2024" }))).toEqual({ kind: "unpublished", slug: "kakao-pay-alipay-2024" });
    expect(parsePublicChange('{"kind" : "published", "slug" : "a"}')).toEqual({ kind: "published", slug: "a" });
  });

  it("gives null for anything else, which the listener treats as everything changed", () => {
    for (const payload of [undefined, "", "not json", "null", "[]", '{"kind":"deleted","slug":"a"}', '{"kind":"published"}', '{"kind":"published","slug":""}', `{"kind":"published","slug":"${"x".repeat(201)}"}`]) {
      expect(parsePublicChange(payload), String(payload)).toBeNull();
    }
  });
});
