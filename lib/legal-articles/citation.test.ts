import { describe, expect, it } from "vitest";
import { normalizeArticleNumber, parseCitation } from "./citation";
import { lawByName } from "./laws";

describe("normalizeArticleNumber", () => {
  it.each([
    ["17", "17"],
    [" 17 (1) ", "17(1)"],
    ["34-2", "34-2"],
    ["34의2", "34-2"],
    ["제34조의2 제1항", "34-2(1)"],
    ["제17조", "17"],
    ["Art. 17(1)", "17(1)"],
    ["Article 32 (6)", "32(6)"],
    ["33", "33"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeArticleNumber(input)).toBe(expected);
  });

  it("refuses what is not an article number", () => {
    for (const input of ["", "seventeen", "17a(", "Art.", "-2", "17--2"]) expect(normalizeArticleNumber(input)).toBeNull();
  });
});

describe("lawByName", () => {
  it("knows a law by its names and abbreviations, in both languages, ignoring case and spacing", () => {
    expect(lawByName("PIPA")?.code).toBe("PIPA");
    expect(lawByName("personal information  protection act")?.code).toBe("PIPA");
    expect(lawByName("개인정보보호법")?.code).toBe("PIPA");
    expect(lawByName("Credit Information Act")?.code).toBe("CIUPA");
    expect(lawByName("신용정보의 이용 및 보호에 관한 법률")?.code).toBe("CIUPA");
    expect(lawByName("GDPR")?.code).toBe("GDPR");
    expect(lawByName("Some Other Act")).toBeNull();
  });
});

describe("parseCitation", () => {
  it.each([
    ["Credit Information Use and Protection Act, Art. 17", "CIUPA", "17"],
    ["Credit Information Act Art. 32", "CIUPA", "32"],
    ["Credit Information Act, Art. 42-2", "CIUPA", "42-2"],
    ["PIPA Art. 17(1)", "PIPA", "17(1)"],
    ["PIPA Article 17 (1)", "PIPA", "17(1)"],
    ["Art. 17 PIPA", "PIPA", "17"],
    ["Art. 33 GDPR", "GDPR", "33"],
    ["GDPR Art. 33", "GDPR", "33"],
    ["신용정보법 제32조", "CIUPA", "32"],
    ["신용정보의 이용 및 보호에 관한 법률 제40조의2 제1항", "CIUPA", "40-2(1)"],
    ["개인정보 보호법 제17조", "PIPA", "17"],
  ])("%s", (text, law, number) => {
    expect(parseCitation(text)).toEqual({ lawCode: law, number });
  });

  it("leaves text it cannot read as a whole citation unparsed", () => {
    for (const text of ["Art. 17", "Demo legal basis (fictional)", "Some Other Act, Art. 3", "PIPA", "PIPA Art. 17 and Art. 18", "Credit Information Act, Art. 32; PIPA Art. 17", ""]) {
      expect(parseCitation(text)).toBeNull();
    }
  });
});
