"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import type { ConflictDetails } from "@/lib/actions/result";
import { formatDateTime } from "@/lib/format/date";
import { useAppLocale } from "@/lib/i18n/use-app-locale";

/**
 * Shown when a save lost the race to a colleague's: who saved, when, what is stored now, and the
 * user's own unsaved text to copy before loading the newer version. Nothing was overwritten.
 */
export function ConflictPanel({ conflict, mine, fields }: { conflict: ConflictDetails; mine: Record<string, unknown>; fields: { name: string; label: string }[] }) {
  const t = useTranslations("forms");
  const locale = useAppLocale();
  const show = (v: unknown) => (v === null || v === undefined ? "" : Array.isArray(v) ? v.join("\n") : String(v));
  const myText = fields.map((f) => `${f.label}:\n${show(mine[f.name])}`).join("\n\n");
  return (
    <section role="alert" aria-labelledby="conflict-title" className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4 text-sm text-amber-950" data-testid="conflict-panel">
      <h3 id="conflict-title" className="text-base font-semibold">
        {t("conflictTitle")}
      </h3>
      <p className="mt-1">
        {t("conflictBody", { who: conflict.changedBy ?? t("someone"), when: conflict.changedAt ? formatDateTime(new Date(conflict.changedAt), locale) : "" })}
      </p>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <h4 className="font-medium">{t("conflictTheirs")}</h4>
          <dl className="mt-1 space-y-1">
            {fields.map((f) => (
              <div key={f.name}>
                <dt className="text-xs text-amber-800">{f.label}</dt>
                <dd className="whitespace-pre-wrap">{show(conflict.current[f.name])}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div>
          <h4 className="font-medium">{t("conflictYours")}</h4>
          <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap rounded bg-white p-2 font-sans">{myText}</pre>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className="rounded-md border border-amber-700 px-3 py-1.5 font-medium hover:bg-amber-100"
          onClick={() => navigator.clipboard.writeText(myText).then(() => toast.success(t("copied")))}
        >
          {t("copyMine")}
        </button>
        <button type="button" className="rounded-md bg-amber-800 px-3 py-1.5 font-medium text-white hover:bg-amber-900" onClick={() => window.location.reload()}>
          {t("reload")}
        </button>
      </div>
    </section>
  );
}
