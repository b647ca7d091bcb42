import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkReversibility, inputSpaceSize, SECONDS_PER_YEAR } from "./check";

describe("inputSpaceSize", () => {
  it.each([
    ["010-XXXX-XXXX", 10n ** 8n],
    ["01X-XXXX-XXXX", 10n ** 9n],
    ["XXXXXX-XXXXXXX", 10n ** 13n],
    ["LLXXXX", 52n * 52n * 10n ** 4n],
    ["HHHH", 16n ** 4n],
    ["****", 62n ** 4n],
    ["\\X\\LX", 10n],
    ["kakao-id", 1n],
  ])("%s has %s possible values", (format, size) => {
    expect(inputSpaceSize(format)).toBe(size);
  });

  it("refuses empty and oversized formats", () => {
    expect(inputSpaceSize("")).toBeNull();
    expect(inputSpaceSize("X".repeat(201))).toBeNull();
  });

  it("always returns 10^n for n digit placeholders", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
        expect(inputSpaceSize("X".repeat(n))).toBe(10n ** BigInt(n));
      }),
    );
  });
});

const SHA256_CPU = 1_000_000; // hashes per second on one core (the server measures the real figure)
const SHA256_GPU = 21_975_500_000;

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

  it("every verdict carries an explanation key, for any input", () => {
    const methods = ["none", "hashing", "salted_hashing", "keyed_hashing", "encryption", "tokenization", "masking", "other", "unknown"] as const;
    const holders = ["none", "sender", "recipient", "both", "third_party", "unknown"] as const;
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
