// A legal article as the library's form sends it, shared by the form and the server. Messages
// that the form shows are validation keys, worded in both languages.
import { z } from "zod";
import { httpUrl, id, optionalText, text, version } from "@/lib/validation/fields";
import { validationKey } from "@/lib/validation/message-key";
import { normalizeArticleNumber } from "./citation";

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value ?? null);

const articleFields = {
  lawCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_-]{0,19}$/, validationKey("legalArticle.lawCode")),
  lawName: text(300),
  lawNameKo: optionalText(300),
  number: z
    .string()
    .trim()
    .max(40)
    .refine((value) => normalizeArticleNumber(value) !== null, validationKey("legalArticle.number")),
  title: text(300),
  titleKo: optionalText(300),
  url: z.preprocess(blankToNull, httpUrl.nullable()),
  lawVersion: optionalText(200),
};

export const createLegalArticleSchema = z.object(articleFields);
export type CreateLegalArticleInput = z.output<typeof createLegalArticleSchema>;

export const updateLegalArticleSchema = z.object({ articleId: id, version, ...articleFields });
export type UpdateLegalArticleInput = z.output<typeof updateLegalArticleSchema>;

/**
 * The articles a finding, a case or a sanction cites, in the order picked; each once. Absent
 * (a caller that does not know the library) leaves the stored links as they are.
 */
export const articleIdList = z
  .array(id)
  .max(30, validationKey("legalArticle.tooMany"))
  .refine((ids) => new Set(ids).size === ids.length, validationKey("legalArticle.twice"))
  .optional();
