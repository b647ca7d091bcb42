"use client";

import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";

// Shown when a page fails on the server. The digest lets support find the server log line
// without showing the reader any internals.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert">
      <EmptyState
        as="h1"
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
