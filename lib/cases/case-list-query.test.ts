import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countActiveFilters, decodeCursor, encodeCursor, parseCaseListParams, toLikePattern, toTsQuery } from "./case-list-query";

describe("case list query", () => {
  it("reads repeated states and defaults", () => {
    const parsed = parseCaseListParams(new URLSearchParams("q=kakao&state=legal_review&state=closed&limit=10"));
    expect(parsed.success && parsed.data).toMatchObject({ q: "kakao", state: ["legal_review", "closed"], sort: "opened_desc", limit: 10 });
  });

  it("refuses unknown states, sorts and absurd limits", () => {
    expect(parseCaseListParams(new URLSearchParams("state=guilty")).success).toBe(false);
    expect(parseCaseListParams(new URLSearchParams("sort=password")).success).toBe(false);
    expect(parseCaseListParams(new URLSearchParams("limit=100000")).success).toBe(false);
    expect(parseCaseListParams(new URLSearchParams("from=2024-13-45")).success).toBe(false);
    expect(parseCaseListParams(new URLSearchParams("dates=deleted")).success).toBe(false);
    expect(parseCaseListParams(new URLSearchParams("dates=closed")).data?.dates).toBe("closed");
    expect(parseCaseListParams(new URLSearchParams("")).data?.dates).toBe("opened");
  });

  it("turns search text into prefix words, Korean included, and nothing else", () => {
    expect(toTsQuery("Kakao Pay")).toBe("kakao:* & pay:*");
    expect(toTsQuery("카카오페이 알리페이")).toBe("카카오페이:* & 알리페이:*");
    expect(toTsQuery("'); DROP TABLE x; --")).toBe("drop:* & table:* & x:*");
    expect(toTsQuery("!!!")).toBeNull();
  });

  it("never produces a tsquery with operators or quotes from any input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (q) => {
        const query = toTsQuery(q);
        if (query !== null) expect(query).toMatch(/^[\p{L}\p{N}]+:\*( & [\p{L}\p{N}]+:\*)*$/u);
      }),
    );
  });

  it("escapes LIKE wildcards", () => {
    expect(toLikePattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });

  it("round-trips cursors and ignores forged ones", () => {
    expect(decodeCursor(encodeCursor({ v: "2024-08-13T00:00:00.000Z", id: "abc" }))).toEqual({ v: "2024-08-13T00:00:00.000Z", id: "abc" });
    expect(decodeCursor("not-base64!")).toBeNull();
    expect(decodeCursor(Buffer.from('{"v":1}').toString("base64url"))).toBeNull();
  });

  it("counts the filters set behind the Filters button: each field once, the search box not", () => {
    // The list's whole filter state, search box and date field choice included.
    const none = { q: "", state: [] as string[], org: "", recipient: "", category: "", from: "", to: "", dates: "opened", clock: null };
    expect(countActiveFilters(none)).toBe(0);
    const searchOnly = { ...none, q: "kakao", dates: "closed" };
    expect(countActiveFilters(searchOnly)).toBe(0);
    expect(countActiveFilters({ ...none, state: ["findings_issued"] })).toBe(1);
    expect(countActiveFilters({ ...none, state: ["findings_issued", "closed"], org: "o1", from: "2024-01-01", to: "2024-12-31", clock: "overdue" })).toBe(5);
    expect(countActiveFilters({ ...none, recipient: "r", category: "Name" })).toBe(2);
  });
});
