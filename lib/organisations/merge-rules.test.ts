import { describe, expect, it } from "vitest";
import { aliasesAfterMerge, aliasesAfterUndo, cleanAliases, refuseMerge, refuseUndo, splitRecipients } from "./merge-rules";

const org = (id: string, extra: Partial<{ name: string; nameKo: string | null; aliases: string[]; aliasesKo: string[]; mergedIntoId: string | null }> = {}) => ({
  id,
  name: extra.name ?? id,
  nameKo: extra.nameKo ?? null,
  aliases: extra.aliases ?? [],
  aliasesKo: extra.aliasesKo ?? [],
  mergedIntoId: extra.mergedIntoId ?? null,
});

describe("refuseMerge", () => {
  it("refuses merging an organisation with itself", () => {
    expect(refuseMerge(org("a"), org("a"))).toBe("validation.organization.mergeSelf");
  });
  it("refuses merging from an organisation that was merged away", () => {
    expect(refuseMerge(org("a", { mergedIntoId: "c" }), org("b"))).toBe("validation.organization.mergedAway");
  });
  it("refuses merging into an organisation that was merged away", () => {
    expect(refuseMerge(org("a"), org("b", { mergedIntoId: "c" }))).toBe("validation.organization.mergeIntoMerged");
  });
  it("allows two live, different organisations", () => {
    expect(refuseMerge(org("a"), org("b"))).toBeNull();
  });
});

describe("refuseUndo", () => {
  it("refuses undoing a merge twice", () => {
    expect(refuseUndo({ undone: true, duplicate: org("a", { mergedIntoId: "b" }), survivor: org("b") })).toBe("validation.organization.undoTwice");
  });
  it("refuses when the duplicate no longer points at the survivor", () => {
    expect(refuseUndo({ undone: false, duplicate: org("a"), survivor: org("b") })).toBe("validation.organization.undoTwice");
  });
  it("refuses when the survivor has since been merged away", () => {
    expect(refuseUndo({ undone: false, duplicate: org("a", { mergedIntoId: "b" }), survivor: org("b", { mergedIntoId: "c" }) })).toBe("validation.organization.undoSurvivorMerged");
  });
  it("allows a standing merge", () => {
    expect(refuseUndo({ undone: false, duplicate: org("a", { mergedIntoId: "b" }), survivor: org("b") })).toBeNull();
  });
});

describe("aliases", () => {
  it("cleans: trims, drops blanks and repeats (any case)", () => {
    expect(cleanAliases(["  Kakao Pay ", "", "kakao pay", "KP"])).toEqual(["Kakao Pay", "KP"]);
  });

  it("gives the survivor the duplicate's names and aliases, in their language, without repeats", () => {
    const survivor = org("s", { name: "Kakao Pay", nameKo: "카카오페이", aliases: ["KakaoPay"] });
    const duplicate = org("d", { name: "Kakao Pay Corp.", nameKo: "카카오페이", aliases: ["kakaopay", "KPay"], aliasesKo: ["카카오 페이"] });
    const result = aliasesAfterMerge(survivor, duplicate);
    expect(result.aliases).toEqual(["KakaoPay", "Kakao Pay Corp.", "KPay"]);
    expect(result.aliasesKo).toEqual(["카카오 페이"]);
    expect(result.added).toEqual({ aliases: ["Kakao Pay Corp.", "KPay"], aliasesKo: ["카카오 페이"] });
  });

  it("an undo removes exactly what the merge added and keeps what was added since", () => {
    const now = { aliases: ["KakaoPay", "Kakao Pay Corp.", "KPay", "Added later"], aliasesKo: ["카카오 페이"] };
    expect(aliasesAfterUndo(now, { aliases: ["Kakao Pay Corp.", "KPay"], aliasesKo: ["카카오 페이"] })).toEqual({ aliases: ["KakaoPay", "Added later"], aliasesKo: [] });
  });
});

describe("splitRecipients", () => {
  it("moves the duplicate's recipient rows, and retires those on a case where the survivor is already a live recipient", () => {
    const result = splitRecipients({
      duplicate: [
        { id: "r2", incidentId: "case-2", deletedAt: null },
        { id: "r1", incidentId: "case-1", deletedAt: null },
        { id: "r3", incidentId: "case-3", deletedAt: new Date() },
      ],
      survivorLiveCases: new Set(["case-1", "case-3"]),
    });
    expect(result).toEqual({ move: ["r2", "r3"], retire: ["r1"] });
  });
});
