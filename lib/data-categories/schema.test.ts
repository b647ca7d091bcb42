import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import { IDENTIFIER_PRESETS } from "@/lib/pseudonymization/format-presets";
import { createCategorySchema } from "./schema";

const base = {
  incidentId: "cm0incident0000000000001",
  name: "Account number",
  sensitivity: "high",
  consent: "unknown",
  protectionMethod: "hashing",
  keyHolder: "none",
  reversibility: "not_tested",
};

function formatError(identifierFormat: string): string | undefined {
  const result = createCategorySchema.safeParse({ ...base, identifierFormat });
  return result.success ? undefined : result.error.issues.find((i) => i.path[0] === "identifierFormat")?.message;
}

/** Follows a dotted message key into a messages file. */
function lookUp(messages: object, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

describe("the identifier format, as the form and the server read it", () => {
  it.each(["15 digits", "kakao-id", "xxxx-xxxx"])("refuses %j: it has no character class, so it describes one value", (format) => {
    expect(formatError(format)).toBe("validation.identifierFormat.noClass");
  });

  it.each(["XX", "X digits", "H{2}"])("refuses %j: fewer than 1,000 possible values", (format) => {
    expect(formatError(format)).toBe("validation.identifierFormat.tooSmall");
  });

  it("refuses a repetition it cannot read", () => {
    expect(formatError("X{3")).toBe("validation.identifierFormat.badRepeat");
  });

  it("accepts every preset and the reference case's format", () => {
    for (const format of ["010-XXXX-XXXX", ...IDENTIFIER_PRESETS.map((p) => p.format)]) expect(formatError(format), format).toBeUndefined();
  });

  it("leaves the format optional", () => {
    expect(createCategorySchema.safeParse({ ...base, identifierFormat: "" }).success).toBe(true);
  });

  it("each refusal explains the notation in English and in Korean", () => {
    for (const format of ["15 digits", "XX", "X{3", "한글", `X{${"9".repeat(3)}}`]) {
      const key = formatError(format);
      expect(key, format).toMatch(/^validation\.identifierFormat\./);
      for (const messages of [en, ko]) expect(lookUp(messages, key!), `${key} in ${messages === en ? "en" : "ko"}`).toEqual(expect.stringContaining("X"));
    }
  });
});
