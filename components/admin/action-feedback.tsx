"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

export type Feedback = { kind: "ok" | "error"; text: string } | null;

/** Words an action's failure for the reader; the server's message is kept for invalid input. */
export function useExplainFailure() {
  const t = useTranslations("errors");
  return (result: Extract<ActionResult<unknown>, { ok: false }>): string => {
    switch (result.error) {
      case "invalid":
        return result.message;
      case "conflict":
        return `${t("conflict")} ${result.message}`;
      case "not_found":
        return result.message;
      default:
        return t(result.error);
    }
  };
}

export function FeedbackLine({ feedback, id }: { feedback: Feedback; id?: string }) {
  return (
    <p id={id} role="status" aria-live="polite" className={`min-h-5 text-sm ${feedback?.kind === "error" ? "font-medium text-red-800" : "text-emerald-800"}`}>
      {feedback?.text}
    </p>
  );
}
