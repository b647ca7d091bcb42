import { z } from "zod";
import { DATE_PRECISIONS, DOCUMENT_LANGUAGES, SOURCE_KINDS } from "@/lib/enums";
import { httpUrl, id, optionalPastDay, optionalText, text, version } from "@/lib/validation/fields";

const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

/**
 * The source a record cites, picked from the case's live sources (or none). The schema checks
 * only its shape; that it is one of this case's live sources is checked on the server
 * (requireCitableSource in citation.ts).
 */
export const citedSourceId = z.preprocess((v) => (v === "" ? null : v), id.nullable().optional());

/** A document the case's figures, events and statements cite: what it is, who published it, when, where to read it. */
const sourceFields = {
  title: text(500),
  titleKo: optionalText(500),
  kind: z.enum(SOURCE_KINDS, { error: "Choose what kind of document this is." }),
  publisher: optionalText(300),
  language: z.preprocess(blankToNull, z.enum(DOCUMENT_LANGUAGES, { error: "Choose a language from the list." }).nullable()),
  publishedOn: optionalPastDay,
  /** How much of `publishedOn` is known: a source often gives only the month or the year. */
  publishedPrecision: z.enum(DATE_PRECISIONS, { error: "Choose day, month or year." }).default("day"),
  url: z.preprocess(blankToNull, httpUrl.nullable()),
  note: optionalText(2_000),
  noteKo: optionalText(2_000),
};

export const createSourceSchema = z.object({ incidentId: id, ...sourceFields });
export const updateSourceSchema = z.object({ sourceId: id, version, ...sourceFields });
export const sourceRefSchema = z.object({ sourceId: id, version });
