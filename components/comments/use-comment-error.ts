"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { isValidationKey, validationPath } from "@/lib/validation/message-key";

/** A refused comment's message in the reader's language; a refused mention names the handles. */
export function useCommentError() {
  const t = useTranslations("validation");
  const tErrors = useTranslations("errors");
  return (result: Exclude<ActionResult<unknown>, { ok: true }>): string => {
    const key = result.fieldErrors?.body?.[0];
    if (key === "validation.comment.mention") return t("comment.mention", { names: (result.fieldErrors?.mentions ?? []).join(", ") });
    if (key && isValidationKey(key) && t.has(validationPath(key))) return t(validationPath(key));
    if (key) return key;
    if (result.error === "unexpected" || result.error === "unavailable" || result.error === "unauthenticated" || result.error === "forbidden" || result.error === "conflict") return tErrors(result.error);
    return result.message;
  };
}
