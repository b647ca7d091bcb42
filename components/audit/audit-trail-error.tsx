"use client";

import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * When a trail fails to load (the database is unreachable, a query fails), the page around it
 * stays: the case tabs or the admin navigation, with a retry in place of the list.
 */
export function AuditTrailError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("auditLabels");
  const te = useTranslations("errors");
  return (
    <div role="alert">
      <EmptyState
        title={t("errorTitle")}
        action={
          <button type="button" onClick={reset} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
            {t("retry")}
          </button>
        }
      >
        <p>{t("errorBody")}</p>
        {error.digest ? <p className="mt-2 font-mono text-xs text-slate-500">{te("reference", { digest: error.digest })}</p> : null}
      </EmptyState>
    </div>
  );
}
