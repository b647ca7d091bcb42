import { describe, expect, it } from "vitest";
import { toPlainJson } from "@/lib/format/plain-json";
import { changedFields } from "./audit-json";

describe("changedFields", () => {
  it("keeps only what changed in an update", () => {
    expect(changedFields({ role: "case_officer", name: "Kim", updatedAt: new Date(1) }, { role: "regulator", name: "Kim", updatedAt: new Date(2) })).toEqual({
      before: { role: "case_officer" },
      after: { role: "regulator" },
    });
  });
  it("records the whole record on a creation or a deletion", () => {
    expect(changedFields(null, { a: 1 })).toEqual({ before: null, after: { a: 1 } });
    expect(changedFields({ a: 1 }, null)).toEqual({ before: { a: 1 }, after: null });
  });
  it("compares arrays and nested values by content", () => {
    expect(changedFields({ tags: ["a", "b"] }, { tags: ["a", "b"] })).toEqual({ before: {}, after: {} });
    expect(changedFields({ tags: ["a"] }, { tags: ["a", "b"] }).after).toEqual({ tags: ["a", "b"] });
  });
});

describe("toPlainJson", () => {
  it("keeps every digit of large counts and dates as ISO", () => {
    expect(toPlainJson(54_200_000_000n)).toBe("54200000000");
    expect(toPlainJson(new Date("2024-08-13T00:00:00Z"))).toBe("2024-08-13T00:00:00.000Z");
    expect(toPlainJson({ nested: [1n, null, undefined] })).toEqual({ nested: ["1", null, null] });
    expect(toPlainJson({ when: new Date(Number.NaN) })).toEqual({ when: null });
  });
});
