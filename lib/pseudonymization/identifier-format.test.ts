import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { IDENTIFIER_PRESETS } from "./format-presets";
import { MAX_FORMAT_LENGTH, MIN_IDENTIFIER_SPACE, readFormat } from "./identifier-format";

describe("readFormat", () => {
  it.each([
    ["010-XXXX-XXXX", ["X"], 10n ** 8n],
    ["XXXXXX-XXXXXXX", ["X"], 10n ** 13n],
    ["X{15}", ["X"], 10n ** 15n],
    ["X{10,14}", ["X"], 10n ** 10n + 10n ** 11n + 10n ** 12n + 10n ** 13n + 10n ** 14n],
    ["LLXXXX", ["L", "X"], 52n * 52n * 10n ** 4n],
    ["H{4}", ["H"], 16n ** 4n],
    ["****", ["*"], 62n ** 4n],
    ["\\X\\LXXX", ["X"], 1000n],
    ["01X-XXXX-XXXX", ["X"], 10n ** 9n],
    ["kakao-XXXX", ["X"], 10n ** 4n],
    ["ID-\\{X{3}\\}", ["X"], 1000n],
  ])("%s reads as %j with %s possible values", (format, classes, size) => {
    expect(readFormat(format)).toEqual({ classes, size, maxLength: expect.any(Number), problem: null });
  });

  it("free text (?) cannot be counted", () => {
    expect(readFormat("?@?")).toMatchObject({ classes: ["?"], size: null, problem: null });
  });

  it.each([
    ["", "no_class"],
    ["15 digits", "no_class"],
    ["kakao-id", "no_class"],
    ["xxx-xxxx", "no_class"],
    ["\\X\\X\\X\\X", "no_class"],
    ["XX", "too_small"],
    ["X digits", "too_small"],
    ["H{2}", "too_small"],
    ["X{", "bad_repeat"],
    ["X{3", "bad_repeat"],
    ["X{5,2}", "bad_repeat"],
    ["X{0}", "bad_repeat"],
    ["{3}X", "bad_repeat"],
    ["a{3}XXXX", "bad_repeat"],
    ["?{3}", "bad_repeat"],
    ["010-XXXX-XXXX ", null],
    ["휴대폰 XXXX", "not_ascii"],
    ["X{201}", "too_long"],
    ["X".repeat(MAX_FORMAT_LENGTH + 1), "too_long"],
  ])("%j: %s", (format, problem) => {
    expect(readFormat(format).problem).toBe(problem);
  });

  it("a format without any class describes one value", () => {
    expect(readFormat("15 digits")).toMatchObject({ classes: [], size: 1n, problem: "no_class" });
  });

  it("every preset is readable, and all but e-mail count at least the minimum", () => {
    for (const preset of IDENTIFIER_PRESETS) {
      const reading = readFormat(preset.format);
      expect(reading.problem, preset.key).toBeNull();
      if (preset.key === "email") expect(reading.size).toBeNull();
      else expect(reading.size! >= MIN_IDENTIFIER_SPACE, preset.key).toBe(true);
    }
  });
});

// Formats built from pieces of the notation, so that appending a piece is "a longer format".
const special = new Set(["X", "L", "H", "*", "?", "{", "}", "\\"]);
const piece = fc.oneof(
  fc.constantFrom("X", "L", "H", "*"),
  fc
    .tuple(fc.constantFrom("X", "L", "H", "*"), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 6 }))
    .map(([c, low, extra]) => (extra === 0 ? `${c}{${low}}` : `${c}{${low},${low + extra}}`)),
  fc.constant("?"),
  fc.string({ minLength: 1, maxLength: 1, unit: fc.constantFrom(..." -_.@abcxyz0123456789XLH*?{}\\") }).map((ch) => (special.has(ch) ? `\\${ch}` : ch)),
);
const format = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(""));

/** Free text counts as more than any number. */
const atLeast = (longer: bigint | null, shorter: bigint | null) => longer === null || (shorter !== null && longer >= shorter);

describe("readFormat, properties", () => {
  it("a longer format never has a smaller space", () => {
    fc.assert(
      fc.property(format, format, (start, more) => {
        const shorter = readFormat(start);
        const longer = readFormat(start + more);
        expect(shorter.problem === "bad_repeat" || shorter.problem === "not_ascii").toBe(false);
        if (longer.problem === "too_long") return;
        expect(atLeast(longer.size, shorter.size)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("one more repetition never makes a smaller space", () => {
    fc.assert(
      fc.property(fc.constantFrom("X", "L", "H", "*"), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), (c, low, extra) => {
        const high = low + extra;
        expect(readFormat(`${c}{${low},${high + 1}}`).size! > readFormat(`${c}{${low},${high}}`).size!).toBe(true);
        expect(readFormat(`${c}{${high + 1}}`).size! > readFormat(`${c}{${high}}`).size!).toBe(true);
      }),
    );
  });

  it("n digit placeholders always count 10^n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 60 }), (n) => {
        expect(readFormat("X".repeat(n)).size).toBe(10n ** BigInt(n));
        expect(readFormat(`X{${n}}`).size).toBe(10n ** BigInt(n));
      }),
    );
  });
});
