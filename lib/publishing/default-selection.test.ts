import { describe, expect, it } from "vitest";
import { defaultSelectionOf } from "./build-snapshot";

type Category = Parameters<typeof defaultSelectionOf>[0]["categories"][number];

const category = (id: string, over: Partial<Category> = {}): Category => ({
  id,
  reversibility: "not_tested",
  protectionMethod: "hashing",
  keyHolder: "none",
  hashAlgorithm: null,
  identifierFormat: null,
  identifierSpaceSize: null,
  gpuHashRate: null,
  ...over,
});

const ticked = (categories: Category[]) => defaultSelectionOf({ categories, events: [], findings: [], sanctions: [] }).dataCategoryIds;

describe("the Publish tab's default selection of data categories", () => {
  it("does not tick a category whose check cannot judge it and that the inspectors have not tested ('15 digits' is not a reversible space)", () => {
    expect(ticked([category("bogus", { identifierFormat: "15 digits" }), category("email", { identifierFormat: "?@?" }), category("no-format")])).toEqual([]);
  });

  it("ticks a category the check judges, whatever the verdict", () => {
    const categories = [
      category("phones", { identifierFormat: "010-XXXX-XXXX" }),
      category("long", { identifierFormat: "*{20}" }),
      category("names", { protectionMethod: "encryption", keyHolder: "unknown" }),
      category("plain", { protectionMethod: "none" }),
    ];
    expect(ticked(categories)).toEqual(["phones", "long", "names", "plain"]);
  });

  it("ticks a category the inspectors tested even when the check cannot judge it (the reference case's Kakao Pay IDs)", () => {
    expect(ticked([category("ids", { reversibility: "reversible" }), category("masked", { protectionMethod: "masking", reversibility: "not_reversible" })])).toEqual(["ids", "masked"]);
  });
});
