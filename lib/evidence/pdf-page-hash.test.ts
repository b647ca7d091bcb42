import { describe, expect, it } from "vitest";
import { pageFromHash } from "./pdf-page-hash";

describe("pageFromHash", () => {
  it("reads #page=N when the document has that page", () => {
    expect(pageFromHash("#page=2", 2)).toBe(2);
    expect(pageFromHash("#zoom=100&page=3", 5)).toBe(3);
    expect(pageFromHash("#page=1&zoom=50", 1)).toBe(1);
  });

  it("names no page for a missing, malformed or out-of-range page", () => {
    for (const hash of ["", "#", "#page=", "#page=0", "#page=3", "#page=-1", "#page=2x", "#page=1.5", "#mypage=2", "#page=99999999"]) expect(pageFromHash(hash, 2), hash).toBeNull();
  });
});
