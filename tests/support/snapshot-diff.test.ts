import { describe, expect, it } from "vitest";
import { snapshotDifferences, unexplainedDifferences } from "./snapshot-diff";

describe("comparing two snapshots of one case", () => {
  it("ignores ids and the order of lists, and matches items by what they say", () => {
    const seeded = { title: "T", figures: [{ id: "a", key: "people", value: 1 }, { id: "b", key: "records", value: 2 }] };
    const typed = { title: "T", figures: [{ id: "x", key: "records", value: 2 }, { id: "y", key: "people", value: 1 }] };
    expect(snapshotDifferences(seeded, typed)).toEqual([]);
  });

  it("names each differing field by its path, and items only one side has", () => {
    const seeded = { title: "T", period: { start: "2018-04-01" }, statements: [{ quote: "Q1", quoteKo: "K" }, { quote: "Q2" }] };
    const typed = { title: "T2", period: { start: "2018-04-01" }, statements: [{ quote: "Q1", quoteKo: null }, { quote: "Q3" }] };
    expect(snapshotDifferences(seeded, typed)).toEqual([
      { path: "title", expected: "T", actual: "T2" },
      { path: "statements[quote=Q1].quoteKo", expected: "K", actual: null },
      { path: "statements[quote=Q2]", expected: { quote: "Q2" }, actual: undefined },
      { path: "statements[quote=Q3]", expected: undefined, actual: { quote: "Q3" } },
    ]);
  });

  it("treats an absent optional field as null", () => {
    expect(snapshotDifferences({ noteKo: null }, {})).toEqual([]);
    expect(snapshotDifferences({ noteKo: "K" }, {})).toHaveLength(1);
  });

  it("reports allowed differences that no longer occur", () => {
    const differences = snapshotDifferences({ a: 1, b: 1 }, { a: 2, b: 1 });
    expect(unexplainedDifferences(differences, [{ path: /^a$/, why: "typed" }])).toEqual({ unexplained: [], stale: [] });
    expect(unexplainedDifferences(differences, [{ path: /^b$/, why: "gone" }]).stale).toEqual(["no longer differs: /^b$/ (gone)"]);
    expect(unexplainedDifferences(differences, []).unexplained).toHaveLength(1);
  });
});
