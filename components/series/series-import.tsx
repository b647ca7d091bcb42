"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { formatExact } from "@/lib/format/number";
import { readImportEvents, refusalMessage, type ImportResult } from "@/lib/series/import/import-events";
import { useRouter } from "@/lib/i18n/navigation";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { PROVENANCES } from "@/lib/enums";
import { Options } from "@/components/ui/options";

/** Upload or paste a CSV; a progress bar with rows per second and a cancel button that leaves nothing behind. */
export function SeriesImport({ slug }: { slug: string }) {
  const t = useTranslations("import");
  const tProv = useTranslations("provenance");
  const locale = useAppLocale();
  const router = useRouter();
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState("");
  const [provenance, setProvenance] = useState("reported");
  const [running, setRunning] = useState<AbortController | null>(null);
  const [progress, setProgress] = useState<{ rows: number; rate: number; fraction: number; phase: "reading" | "checking" | "writing" } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const start = async () => {
    const file = fileInput.current?.files?.[0];
    const body: Blob | null = file ?? (pasted.trim() ? new Blob([pasted], { type: "text/csv" }) : null);
    if (!body) {
      setMessage(t("chooseFile"));
      return;
    }
    setMessage(null);
    setResult(null);
    setProgress({ rows: 0, rate: 0, fraction: 0, phase: "reading" });
    const controller = new AbortController();
    setRunning(controller);
    const params = new URLSearchParams({ provenance, ...(file ? { fileName: file.name } : { fileName: "pasted.csv" }) });
    try {
      const response = await fetch(`/api/cases/${slug}/series/import?${params}`, { method: "POST", body, signal: controller.signal, headers: { "Content-Type": "text/csv" } });
      if (!response.ok || !response.body) {
        setResult({ ok: false, reason: response.status === 503 ? "unavailable" : "unexpected" });
        setMessage(await refusalMessage(response));
        return;
      }
      for await (const event of readImportEvents(response.body)) {
        if (event.type === "progress") {
          setProgress({ rows: event.rows, rate: Math.round(event.rows / Math.max(event.elapsedMs / 1000, 0.001)), fraction: Math.min(1, event.bytes / body.size), phase: "reading" });
        } else if (event.type === "phase") {
          const phase = event.phase;
          setProgress((p) => (p ? { ...p, fraction: 1, phase } : p));
        } else {
          setResult(event);
          if (event.ok) {
            // The chart's queries are keyed by their endpoint (see RecordsPanel).
            await queryClient.invalidateQueries({ queryKey: ["series", `/api/cases/${slug}/series`] });
            router.refresh();
          }
        }
      }
    } catch (error) {
      setResult({ ok: false, reason: controller.signal.aborted ? "cancelled" : "unexpected" });
      if (!controller.signal.aborted) console.error(error);
    } finally {
      setRunning(null);
    }
  };

  return (
    <section aria-labelledby="import-title" className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h2 id="import-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="text-sm">
          <span className="block font-medium">{t("file")}</span>
          <input ref={fileInput} type="file" accept=".csv,text/csv" className="mt-1 block w-full text-sm" disabled={Boolean(running)} />
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("provenance")}</span>
          <select className="mt-1 rounded-md border border-slate-400 px-2 py-1" value={provenance} onChange={(e) => setProvenance(e.target.value)} disabled={Boolean(running)}>
            <Options values={PROVENANCES} label={(p) => tProv(p)} />
          </select>
        </label>
        <label className="text-sm sm:col-span-2">
          <span className="block font-medium">{t("paste")}</span>
          <textarea rows={4} className="mt-1 block w-full rounded-md border border-slate-400 px-2 py-1 font-mono text-xs" value={pasted} onChange={(e) => setPasted(e.target.value)} disabled={Boolean(running)} placeholder={"day,records\n2024-08-01,23432332"} />
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {running ? (
          <button type="button" onClick={() => running.abort()} className="rounded-md border border-red-700 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50">
            {t("cancel")}
          </button>
        ) : (
          <button type="button" onClick={() => void start()} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
            {t("start")}
          </button>
        )}
        {message ? <p className="text-sm text-red-800">{message}</p> : null}
      </div>
      {running && progress ? (
        <div className="space-y-1">
          <progress className="h-2 w-full" max={1} value={progress.fraction} aria-label={t("title")} />
          <p className="text-sm text-slate-700" aria-live="polite" data-testid="import-progress">
            {progress.phase === "reading" ? t("progress", { rows: formatExact(progress.rows, locale), rate: formatExact(progress.rate, locale) }) : t(progress.phase, { rows: formatExact(progress.rows, locale) })}
          </p>
        </div>
      ) : null}
      <div aria-live="polite" data-testid="import-result">
        {result?.ok ? (
          <div className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
            <p className="font-medium">{t("done", { rows: formatExact(result.rows, locale), added: formatExact(result.added, locale), changed: formatExact(result.changed, locale), unchanged: formatExact(result.unchanged, locale) })}</p>
            <p className="break-all text-xs">{t("sha", { sha: result.sha256 })}</p>
          </div>
        ) : null}
        {result && !result.ok && result.reason === "invalid" ? (
          <div className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900" role="alert">
            <p className="font-medium">{t("failed", { count: result.totalErrors })}</p>
            <ul className="mt-1 max-h-48 list-none space-y-0.5 overflow-auto">
              {result.errors.slice(0, 200).map((e, i) => (
                <li key={i}>
                  <span className="font-medium">{t("line", { line: e.line })}</span>: {e.message}
                </li>
              ))}
            </ul>
            {result.totalErrors > 200 ? <p>{t("more", { count: result.totalErrors - 200 })}</p> : null}
          </div>
        ) : null}
        {result && !result.ok && result.reason !== "invalid" ? <p className="text-sm text-slate-800">{t(result.reason)}</p> : null}
      </div>
    </section>
  );
}
