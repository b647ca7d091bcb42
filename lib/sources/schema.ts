import { z } from "zod";
import { httpUrl, id, optionalPastDay, optionalText, text, version } from "@/lib/validation/fields";

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** A document the case's figures, events and statements cite: what it is, who published it, when, where to read it. */
const sourceFields = {
  title: text(500),
  titleKo: optionalText(500),
  publisher: optionalText(300),
  publishedOn: optionalPastDay,
  url: z.preprocess(blankToNull, httpUrl.nullable()),
  note: optionalText(2_000),
};

export const createSourceSchema = z.object({ incidentId: id, ...sourceFields });
export const updateSourceSchema = z.object({ sourceId: id, version, ...sourceFields });
export const sourceRefSchema = z.object({ sourceId: id, version });
