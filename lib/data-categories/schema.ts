import { z } from "zod";
import { readFormat, type FormatProblem } from "@/lib/pseudonymization/identifier-format";
import { id, optionalCount, optionalPastDay, optionalText, text, version } from "@/lib/validation/fields";
import { CONSENTS, KEY_HOLDERS, PROTECTION_METHODS, REVERSIBILITY_VERDICTS, SENSITIVITIES } from "@/lib/enums";
import { validationKey } from "@/lib/validation/message-key";

export const HASH_ALGORITHMS = ["md5", "sha1", "sha256", "sha512"] as const;

// Each refusal explains the notation, in the reader's language (messages: validation.identifierFormat.*).
const FORMAT_MESSAGES: Record<FormatProblem, string> = {
  not_ascii: validationKey("identifierFormat.notAscii"),
  bad_repeat: validationKey("identifierFormat.badRepeat"),
  too_long: validationKey("identifierFormat.tooLong"),
  no_class: validationKey("identifierFormat.noClass"),
  too_small: validationKey("identifierFormat.tooSmall"),
};

const categoryFields = {
  name: text(200),
  nameKo: optionalText(200),
  sensitivity: z.enum(SENSITIVITIES, { error: "Choose a sensitivity." }),
  consent: z.enum(CONSENTS, { error: "Choose what is known about consent." }),
  purposeClaimed: optionalText(2_000),
  purposeClaimedKo: optionalText(2_000),
  sharedFrom: optionalPastDay,
  sharedUntil: optionalPastDay,
  protectionMethod: z.enum(PROTECTION_METHODS, { error: "Choose a protection method." }),
  hashAlgorithm: z.preprocess((v) => (v === "" ? null : v), z.enum(HASH_ALGORITHMS, { error: "Choose an algorithm." }).nullable().optional()),
  keyHolder: z.enum(KEY_HOLDERS, { error: "Choose who holds the key." }),
  keyHandling: optionalText(2_000),
  protectionNote: optionalText(2_000),
  protectionNoteKo: optionalText(2_000),
  identifierFormat: optionalText(200).superRefine((v, ctx) => {
    const problem = v === null ? null : readFormat(v).problem;
    if (problem) ctx.addIssue({ code: "custom", message: FORMAT_MESSAGES[problem] });
  }),
  identifierSpace: optionalText(500),
  identifierSpaceSize: optionalCount,
  gpuHashRate: z.preprocess(
    (v) => (v === "" || v === undefined ? null : typeof v === "string" ? Number(v.replace(/[,\s]/g, "")) : v),
    z.number({ error: "Enter hashes per second as a number." }).positive("The rate must be above zero.").max(1e15, "That rate is beyond any published hardware.").nullable(),
  ),
  reversibility: z.enum(REVERSIBILITY_VERDICTS, { error: "Choose the inspectors' result." }),
  reversibilityNote: optionalText(2_000),
  reversibilityNoteKo: optionalText(2_000),
};

const datesInOrder = (v: { sharedFrom: Date | null; sharedUntil: Date | null }) => !v.sharedFrom || !v.sharedUntil || v.sharedFrom <= v.sharedUntil;
const datesMessage = { message: "The end comes before the start.", path: ["sharedUntil"] };

export const createCategorySchema = z.object({ incidentId: id, ...categoryFields }).refine(datesInOrder, datesMessage);
export const updateCategorySchema = z.object({ categoryId: id, version, ...categoryFields }).refine(datesInOrder, datesMessage);
export const categoryRefSchema = z.object({ categoryId: id, version });
