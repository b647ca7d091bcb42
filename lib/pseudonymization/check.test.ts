import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { KeyHolder, ProtectionMethod } from "@/lib/generated/prisma/enums";
import { checkReversibility, SECONDS_PER_YEAR } from "./check";
import { IDENTIFIER_PRESETS } from "./format-presets";

const SHA256_CPU = 1_000_000; // hashes per second on one core (the server measures the real figure)
const SHA256_GPU = 21_975_500_000;

const methods: ProtectionMethod[] = ["none", "hashing", "salted_hashing", "keyed_hashing", "encryption", "tokenization", "masking", "other", "unknown"];
const holders: KeyHolder[] = ["none", "sender", "recipient", "both", "third_party", "unknown"];

describe("checkReversibility", () => {
  it("the reference case: unsalted hashes of Korean mobile numbers are reversible by enumeration in seconds", () => {
    const result = checkReversibility({ method: "hashing", keyHolder: "none", identifierFormat: "010-XXXX-XXXX", cpuRate: SHA256_CPU, gpuRate: SHA256_GPU });
    expect(result.verdict).toBe("reversible_by_enumeration");
    expect(result.spaceSize).toBe(100_000_000n);
    expect(result.cpuSeconds).toBeCloseTo(100, 5);
    expect(result.gpuSeconds).toBeCloseTo(100_000_000 / SHA256_GPU, 8);
  });

  it("a hash over a huge space is not reversible by enumeration", () => {
    const result = checkReversibility({ method: "hashing", keyHolder: "none", identifierFormat: "*".repeat(20), cpuRate: SHA256_CPU, gpuRate: SHA256_GPU });
    expect(result.verdict).toBe("not_reversible_by_enumeration");
    expect(result.gpuSeconds! > SECONDS_PER_YEAR).toBe(true);
  });

  it.each([
    ["recipient", "reversible_by_key_holder"],
    ["both", "reversible_by_key_holder"],
    ["unknown", "reversible_by_key_holder"],
    ["sender", "not_reversible_without_key"],
    ["third_party", "not_reversible_without_key"],
    ["none", "reversible_by_enumeration"],
  ] as const)("a keyed hash with the key held by %s is %s", (keyHolder, verdict) => {
    expect(checkReversibility({ method: "keyed_hashing", keyHolder, identifierFormat: "010-XXXX-XXXX", cpuRate: SHA256_CPU, gpuRate: SHA256_GPU }).verdict).toBe(verdict);
  });

  it.each([
    ["recipient", "reversible_by_key_holder"],
    ["sender", "not_reversible_without_key"],
    ["none", "not_protected"],
  ] as const)("encryption with the key held by %s is %s", (keyHolder, verdict) => {
    expect(checkReversibility({ method: "encryption", keyHolder }).verdict).toBe(verdict);
  });

  it("plaintext is not protected; an unknown method or space cannot be judged", () => {
    expect(checkReversibility({ method: "none", keyHolder: "none" }).verdict).toBe("not_protected");
    expect(checkReversibility({ method: "unknown", keyHolder: "unknown" }).verdict).toBe("undetermined");
    expect(checkReversibility({ method: "hashing", keyHolder: "none" }).verdict).toBe("undetermined");
  });

  it("an explicit space size stands in for a format", () => {
    expect(checkReversibility({ method: "hashing", keyHolder: "none", spaceSize: 5_000_000n, cpuRate: 1_000, gpuRate: 1e9 })).toMatchObject({
      verdict: "reversible_by_enumeration",
      spaceSize: 5_000_000n,
      cpuSeconds: 5_000,
    });
  });

  it("a format it cannot count is never answered with confidence: '15 digits' is one value, not a reversible space", () => {
    const result = checkReversibility({ method: "hashing", keyHolder: "none", identifierFormat: "15 digits", cpuRate: SHA256_CPU, gpuRate: SHA256_GPU });
    expect(result).toMatchObject({ verdict: "undetermined", explanation: "formatNoClass", spaceSize: null, cpuSeconds: null, gpuSeconds: null });
    expect(checkReversibility({ method: "hashing", keyHolder: "none", identifierFormat: "XX", cpuRate: SHA256_CPU, gpuRate: SHA256_GPU })).toMatchObject({
      verdict: "undetermined",
      explanation: "formatTooSmall",
    });
    expect(checkReversibility({ method: "hashing", keyHolder: "none", identifierFormat: "X{3", cpuRate: SHA256_CPU, gpuRate: SHA256_GPU }).explanation).toBe("formatUnreadable");
  });

  it("the presets: numbers are reversible by enumeration, an e-mail address is undetermined, never reversible", () => {
    const verdicts = Object.fromEntries(
      IDENTIFIER_PRESETS.map((p) => [p.key, checkReversibility({ method: "hashing", keyHolder: "none", identifierFormat: p.format, cpuRate: SHA256_CPU, gpuRate: SHA256_GPU }).verdict]),
    );
    expect(verdicts).toEqual({
      mobile: "reversible_by_enumeration",
      rrn: "reversible_by_enumeration",
      account: "reversible_by_enumeration",
      email: "undetermined",
      kakaoId: "reversible_by_enumeration",
    });
    expect(checkReversibility({ method: "hashing", keyHolder: "none", identifierFormat: "?@?", cpuRate: SHA256_CPU, gpuRate: SHA256_GPU }).explanation).toBe("freeText");
  });

  it("a format without a character class is never reversible by enumeration, whatever the method, key holder and rates", () => {
    // Literal characters only, or class letters escaped: nothing in the format varies.
    const literal = fc.oneof(fc.constantFrom(..." -_.@0123456789abcdefghijklmnopqrstuvwxyz()#+/:".split("")), fc.constantFrom("\\X", "\\L", "\\H", "\\*", "\\?", "\\{"));
    fc.assert(
      fc.property(
        fc.array(literal, { minLength: 1, maxLength: 40 }).map((parts) => parts.join("")),
        fc.constantFrom(...methods),
        fc.constantFrom(...holders),
        fc.option(fc.double({ min: 1e-3, max: 1e15, noNaN: true })),
        fc.option(fc.double({ min: 1e-3, max: 1e15, noNaN: true })),
        (identifierFormat, method, keyHolder, cpuRate, gpuRate) => {
          const result = checkReversibility({ method, keyHolder, identifierFormat, cpuRate, gpuRate });
          expect(result.verdict).not.toBe("reversible_by_enumeration");
          expect(result.verdict).not.toBe("not_reversible_by_enumeration");
        },
      ),
      { numRuns: 500 },
    );
  });

  it("every verdict carries an explanation key, for any input", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...methods),
        fc.constantFrom(...holders),
        fc.option(fc.string({ maxLength: 30 })),
        fc.option(fc.double({ min: 1, max: 1e13, noNaN: true })),
        (method, keyHolder, format, rate) => {
          const r = checkReversibility({ method, keyHolder, identifierFormat: format ?? undefined, cpuRate: rate ?? undefined, gpuRate: rate ?? undefined });
          expect(r.explanation.length).toBeGreaterThan(0);
          if (r.cpuSeconds !== null) expect(Number.isFinite(r.cpuSeconds)).toBe(true);
        },
      ),
    );
  });
});
