import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import ko from "./messages/ko.json";

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe("messages", () => {
  it("Korean and English have exactly the same keys", () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort());
  });
  it("no message is empty", () => {
    const empty = (value: unknown): boolean => (typeof value === "string" ? value.trim() === "" : Object.values(value as object).some(empty));
    expect(empty(en)).toBe(false);
    expect(empty(ko)).toBe(false);
  });
});
