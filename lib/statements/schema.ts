import { z } from "zod";
import { DATE_PRECISIONS, STATEMENT_WORDINGS } from "@/lib/enums";
import { citedSourceId } from "@/lib/sources/schema";
import { id, optionalPastDay, optionalText, text, version } from "@/lib/validation/fields";

/** Which of the case's organisations made the statement; the server checks that it is one of them (parties.ts). */
const party = z.string({ error: "Choose who made the statement." }).trim().regex(/^[a-z0-9]{1,64}$/i, "Choose who made the statement.");

/** A party's position: its words (or the source's account of them), when, where it was reported, and in what context. */
const statementFields = {
  organizationId: party,
  quote: text(5_000),
  quoteKo: optionalText(5_000),
  wording: z.enum(STATEMENT_WORDINGS, { error: "Say whether this is a quotation or a paraphrase." }),
  statedOn: optionalPastDay,
  statedPrecision: z.enum(DATE_PRECISIONS, { error: "Choose day, month or year." }).default("day"),
  sourceId: citedSourceId,
  context: optionalText(1_000),
  contextKo: optionalText(1_000),
};

export const createStatementSchema = z.object({ incidentId: id, ...statementFields });
export const updateStatementSchema = z.object({ statementId: id, version, ...statementFields });
export const statementRefSchema = z.object({ statementId: id, version });
