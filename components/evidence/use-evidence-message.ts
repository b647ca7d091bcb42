"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

const EVIDENCE_KEY = "evidence.";

/**
 * A refusal in the reader's language: the server names evidence rules by message keys
 * (evidence.errors.*) in its field errors; anything else falls back to the generic wording.
 */
export function useEvidenceMessage(): (failure: Failure) => string {
  const t = useTranslations("evidence");
  const tErrors = useTranslations("errors");
  return (failure) => {
    const key = Object.values(failure.fieldErrors ?? {})
      .flat()
      .map((k) => (typeof k === "string" && k.startsWith(EVIDENCE_KEY) ? k.slice(EVIDENCE_KEY.length) : null))
      .find((k): k is string => k !== null && t.has(k));
    if (key) return t(key);
    if (failure.error === "conflict") return `${tErrors("conflict")} ${failure.message}`;
    if (failure.error === "unexpected" || failure.error === "unavailable" || failure.error === "unauthenticated" || failure.error === "forbidden") return tErrors(failure.error);
    return failure.message;
  };
}
