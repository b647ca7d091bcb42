// What a regulator sends to propose a publication, shared by the Publish tab and the server.
import { z } from "zod";
import { cleanString, id, optionalText, text } from "@/lib/validation/fields";

const ids = z.array(id).max(500).default([]);

const selectionSchema = z.object({
  state: z.boolean().default(true),
  people: z.boolean().default(true),
  records: z.boolean().default(true),
  figures: z.boolean().default(true),
  statements: z.boolean().default(true),
  sources: z.boolean().default(true),
  series: z.boolean().default(true),
  dataCategoryIds: ids,
  timelineEventIds: ids,
  findingIds: ids,
  sanctionIds: ids,
  wording: z
    .record(z.string().max(80).regex(/^(summary|summaryKo|(finding|event|category):[a-z0-9]+(:ko)?)$/i, "Unknown item."), cleanString.trim().max(20_000, "Keep public wording under 20,000 characters."))
    .default({})
    .transform((w) => Object.fromEntries(Object.entries(w).filter(([, v]) => v !== ""))),
});

const futureOrNull = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z.coerce.date({ error: "Enter a date and time." }).nullable(),
);

export const proposePublicationSchema = z.object({
  incidentId: id,
  selection: selectionSchema,
  /** Required from the second version on: what changed and why. */
  correctionNote: optionalText(5_000),
  /** Embargo: the version goes out at this moment (Seoul time in the form), not before. */
  publishAt: futureOrNull,
});

export const decidePublicationSchema = z.object({ versionId: id, note: optionalText(5_000) });
export const rejectPublicationSchema = z.object({ versionId: id, note: text(5_000) });
export const unpublishSchema = z.object({ incidentId: id, reason: text(5_000) });
