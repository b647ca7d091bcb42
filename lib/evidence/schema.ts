// What an upload says about its file, besides the bytes: shared by the upload route (which reads
// it from the query string, so a browser's XHR can send the file itself as the raw body and
// report progress) and, next, the Evidence section's form.
import { z } from "zod";
import { EVIDENCE_KINDS, SENSITIVITIES } from "@/lib/enums";
import { id, optionalPastDay, optionalText, text, version } from "@/lib/validation/fields";

const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

const evidenceFields = {
  /** Without one, an upload is titled by its file name (a drop of many files; each is retitled later). */
  title: optionalText(500),
  titleKo: optionalText(500),
  description: optionalText(4_000),
  descriptionKo: optionalText(4_000),
  kind: z.enum(EVIDENCE_KINDS, { error: "Choose what kind of document this is." }).default("other"),
  receivedOn: optionalPastDay,
  /** Who handed the file over, as they are named in the case ("Kakao Pay, legal team"). */
  providedBy: optionalText(300),
  sensitivity: z.enum(SENSITIVITIES, { error: "Choose a sensitivity from the list." }).default("moderate"),
};

export const uploadEvidenceQuery = z.object({
  ...evidenceFields,
  /** The name the file had on the uploader's computer; cleaned on the server (file-name.ts). */
  fileName: z.string().max(2_000, "The file name is too long.").optional(),
  /** A new version of this file (of the same case); the old one stays readable. */
  supersedesId: z.preprocess(blankToNull, id.nullable()).optional(),
});
export type UploadEvidenceMetadata = z.infer<typeof uploadEvidenceQuery>;

export const evidenceRefSchema = z.object({ fileId: id });

const EVIDENCE_TARGETS = ["finding", "timeline_event", "source", "statement"] as const;
export type EvidenceTarget = (typeof EVIDENCE_TARGETS)[number];

export const changeSensitivitySchema = z.object({ fileId: id, version: z.coerce.number().int().min(1), sensitivity: evidenceFields.sensitivity });

export const linkEvidenceSchema = z.object({
  fileId: id,
  target: z.enum(EVIDENCE_TARGETS, { error: "Choose what the file supports." }),
  targetId: id,
  /** Where in the file: "p. 12". */
  locator: optionalText(200),
});

export const unlinkEvidenceSchema = z.object({ linkId: id });

/** Correcting a file's record after upload (its bytes never change: a new version is a new upload). */
export const updateEvidenceSchema = z.object({
  fileId: id,
  version,
  title: text(500),
  titleKo: evidenceFields.titleKo,
  description: evidenceFields.description,
  descriptionKo: evidenceFields.descriptionKo,
  kind: z.enum(EVIDENCE_KINDS, { error: "Choose what kind of document this is." }),
  receivedOn: evidenceFields.receivedOn,
  providedBy: evidenceFields.providedBy,
});
export type UpdateEvidenceInput = z.infer<typeof updateEvidenceSchema>;
