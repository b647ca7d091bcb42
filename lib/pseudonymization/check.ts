// Can the recipient turn "pseudonymized" identifiers back into people? For a hashed identifier
// from a small space (Korean mobile numbers: 010 + 8 digits = 10^8 values), hashing every
// possible input and comparing is enough, and takes seconds. Pure: no I/O; the server supplies
// the measured CPU rate, the case file the GPU rate.

import type { KeyHolder, ProtectionMethod } from "@/lib/generated/prisma/enums";
import { readFormat, type FormatProblem } from "./identifier-format";

type Verdict =
  | "not_protected"
  | "reversible_by_enumeration"
  | "reversible_by_key_holder"
  | "not_reversible_without_key"
  | "not_reversible_by_enumeration"
  | "undetermined";

export interface CheckInput {
  method: ProtectionMethod;
  keyHolder: KeyHolder;
  /** In the notation of identifier-format.ts: X digit, L letter, H hex digit, * letter or digit, ? free text, X{8} and X{10,14} repeat. */
  identifierFormat?: string | null;
  /** The number of possible inputs, when it is known but has no simple format. */
  spaceSize?: bigint | null;
  /** Hashes per second on one CPU core. */
  cpuRate?: number | null;
  /** Hashes per second on the stated GPU. */
  gpuRate?: number | null;
}

export interface CheckResult {
  verdict: Verdict;
  /** A message key (messages.pseudonymization.explain.*) saying why, in one sentence. */
  explanation: string;
  spaceSize: bigint | null;
  /** Seconds to try every input, or null when unknown. */
  cpuSeconds: number | null;
  gpuSeconds: number | null;
}

export const SECONDS_PER_YEAR = 365.25 * 24 * 3600;
/** Enumeration that finishes within a year on one GPU counts as reversible. */
const ENUMERATION_FEASIBLE_SECONDS = SECONDS_PER_YEAR;

/** Why a format gave no space to enumerate: a message key (messages.check.explain.*). */
const FORMAT_EXPLANATION: Record<FormatProblem | "free_text", string> = {
  no_class: "formatNoClass",
  too_small: "formatTooSmall",
  not_ascii: "formatUnreadable",
  bad_repeat: "formatUnreadable",
  too_long: "formatUnreadable",
  free_text: "freeText",
};

function timeFor(space: bigint | null, rate: number | null | undefined): number | null {
  if (space === null || !rate || rate <= 0 || !Number.isFinite(rate)) return null;
  return Number(space) / rate;
}

export function checkReversibility(input: CheckInput): CheckResult {
  // A stated number of values stands; otherwise only a format that reads without a problem counts.
  const reading = input.spaceSize == null && input.identifierFormat ? readFormat(input.identifierFormat) : null;
  const spaceSize = input.spaceSize ?? (reading?.problem === null ? reading.size : null);
  const cpuSeconds = timeFor(spaceSize, input.cpuRate);
  const gpuSeconds = timeFor(spaceSize, input.gpuRate);
  const result = (verdict: Verdict, explanation: string): CheckResult => ({ verdict, explanation, spaceSize, cpuSeconds, gpuSeconds });

  const enumeration = (): CheckResult => {
    if (spaceSize === null) return result("undetermined", reading ? FORMAT_EXPLANATION[reading.problem ?? "free_text"] : "spaceUnknown");
    const fastest = gpuSeconds ?? cpuSeconds;
    if (fastest === null) return result("undetermined", "rateUnknown");
    return fastest <= ENUMERATION_FEASIBLE_SECONDS ? result("reversible_by_enumeration", "enumerationFeasible") : result("not_reversible_by_enumeration", "spaceTooLarge");
  };

  switch (input.method) {
    case "none":
      return result("not_protected", "plaintext");
    case "hashing":
      return enumeration();
    case "salted_hashing":
    case "keyed_hashing":
      switch (input.keyHolder) {
        case "none":
          return enumeration();
        case "recipient":
        case "both":
          return result("reversible_by_key_holder", "recipientHoldsKeyHash");
        case "unknown":
          return result("reversible_by_key_holder", "keyHolderUnknownHash");
        default:
          return result("not_reversible_without_key", "keyWithheldHash");
      }
    case "encryption":
    case "tokenization":
      switch (input.keyHolder) {
        case "none":
          return result("not_protected", "keyPublished");
        case "recipient":
        case "both":
          return result("reversible_by_key_holder", "recipientHoldsKey");
        case "unknown":
          return result("reversible_by_key_holder", "keyHolderUnknown");
        default:
          return result("not_reversible_without_key", "keyWithheld");
      }
    case "masking":
      return result("undetermined", "masking");
    default:
      return result("undetermined", "methodUnknown");
  }
}
