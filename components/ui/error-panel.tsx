"use client";

import { useTranslations } from "next-intl";
import { EmptyState } from "./empty-state";

/**
 * What an error boundary shows when a page, or a part of one, fails on the server: a plain
 * message and a retry; the digest lets support find the server log line without showing the
 * reader any internals. Inside the workspace the page around it (tabs, navigation) stays.
 */
export function ErrorPanel({ error, reset, as = "h2" }: { error: Error & { digest?: string }; reset: () => void; as?: "h1" | "h2" }) {
  const t = useTranslations("errors");
  return (
    <div role="alert">
      <EmptyState
        as={as}
        title={t("errorTitle")}
        action={
          <button type="button" onClick={reset} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
            {t("retry")}
          </button>
        }
      >
        <p>{t("errorBody")}</p>
        {error.digest ? <p className="mt-2 font-mono text-xs text-slate-500">{t("reference", { digest: error.digest })}</p> : null}
      </EmptyState>
    </div>
  );
}
