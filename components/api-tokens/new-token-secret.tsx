"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** The new token's secret, shown this once, with a copy button; it is gone when dismissed. */
export function NewTokenSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const t = useTranslations("apiTokens");
  const [status, setStatus] = useState("");
  const copy = () => navigator.clipboard.writeText(secret).then(() => setStatus(t("copied")), () => setStatus(""));
  return (
    <section aria-labelledby="new-token-title" className="space-y-3 rounded-xl border border-emerald-300 bg-emerald-50 p-4" data-testid="new-token">
      <h2 id="new-token-title" className="font-semibold text-emerald-950">
        {t("secretTitle")} · {name}
      </h2>
      <p className="text-sm text-emerald-950">{t("secretOnce")}</p>
      <code className="block break-all rounded-md border border-emerald-200 bg-white px-3 py-2 font-mono text-sm" data-testid="new-token-secret">
        {secret}
      </code>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={copy} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {t("copy")}
        </button>
        <button type="button" onClick={onDone} className="rounded-md border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-100">
          {t("done")}
        </button>
        <span role="status" className="text-sm text-emerald-950">
          {status}
        </span>
      </div>
    </section>
  );
}
