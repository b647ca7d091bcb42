import { describe, expect, it } from "vitest";
import { matchArticles } from "./article-search";

const article = (id: string, lawCode: string, number: string, title: string, titleKo: string) => ({ id, lawCode, lawName: `${lawCode} Act`, lawNameKo: lawCode === "PIPA" ? "개인정보 보호법" : "신용정보법", number, title, titleKo, url: null });
const LIBRARY = [article("a", "PIPA", "17", "Provision of personal information", "개인정보의 제공"), article("b", "CIUPA", "32", "Consent to provision", "개인신용정보의 제공·활용에 대한 동의"), article("c", "CIUPA", "17", "Entrustment", "처리의 위탁")];
const ids = (q: string) => matchArticles(LIBRARY, q).map((a) => a.id);

describe("matchArticles", () => {
  it("finds by law, number and title, in either language", () => {
    expect(ids("")).toEqual(["a", "b", "c"]);
    expect(ids("pipa 17")).toEqual(["a"]);
    expect(ids("Art. 17")).toEqual(["a", "c"]);
    expect(ids("신용정보법 제32조")).toEqual(["b"]);
    expect(ids("동의")).toEqual(["b"]);
    expect(ids("entrust")).toEqual(["c"]);
    expect(ids("GDPR")).toEqual([]);
  });
});
