"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { DayFilterInput } from "@/components/forms/day-filter-input";
import { formatDate } from "@/lib/format/date";
import { formatCount, formatExact } from "@/lib/format/number";
import { BUCKETS, cumulative as runningTotal, type Bucket } from "@/lib/series/buckets";
import type { CaseSeries } from "@/lib/series/get-case-series";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { ChartFrame } from "./chart-frame";
import type { RecordsChartPoint } from "./records-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { Options } from "@/components/ui/options";

// Recharts is loaded only where a chart is drawn.
const dayClass = "mt-1 w-36 rounded-md border border-slate-400 px-2 py-1 aria-[invalid=true]:border-red-700";
const RecordsChart = dynamic(() => import("./records-chart").then((m) => m.RecordsChart), { ssr: false, loading: () => <ChartSkeleton /> });

function ChartSkeleton() {
  const t = useTranslations("charts");
  return (
    <div role="status" className="flex h-full animate-pulse items-center justify-center rounded bg-slate-100 text-sm text-slate-700">
      {t("loading")}
    </div>
  );
}

/**
 * Records shared over time: bucket, range, cumulative and log controls, chart or table, CSV.
 * For one case (`/api/cases/<slug>/series`) or summed across cases (`/api/series`).
 */
export function RecordsPanel({
  endpoint,
  csvPrefix,
  buckets = BUCKETS,
  title,
  acrossCases = false,
}: {
  endpoint: string;
  csvPrefix: string;
  buckets?: readonly Bucket[];
  title?: string;
  acrossCases?: boolean;
}) {
  const t = useTranslations("charts");
  const tp = useTranslations("provenance");
  const locale = useAppLocale();
  const ids = useId();
  const [bucket, setBucket] = useState<Bucket | "">("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [showCumulative, setShowCumulative] = useState(false);
  const [log, setLog] = useState(false);
  const params = new URLSearchParams(Object.entries({ bucket, from, to }).filter(([, v]) => v) as [string, string][]);
  const series = useQuery({
    queryKey: ["series", endpoint, bucket, from, to],
    queryFn: async ({ signal }): Promise<CaseSeries> => {
      const response = await fetch(`${endpoint}?${params}`, { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
    placeholderData: keepPreviousData,
  });

  const data = series.data;
  const values = data ? (showCumulative ? runningTotal(data.points) : data.points.map((p) => p.records)) : [];
  const points: RecordsChartPoint[] = (data?.points ?? []).map((p, i) => {
    const value = values[i] ?? null;
    const modelled = p.provenance === "modelled";
    return { start: p.start, observed: modelled ? null : value, modelled: modelled ? value : null, days: p.days };
  });
  const rows = (data?.points ?? []).map((p, i) => ({ period: p.start, records: values[i] ?? null, days_with_data: p.days, provenance: p.provenance ?? "" }));
  const precision = (b: string) => (b === "month" ? "month" : b === "year" ? "year" : "day");
  const currentBucket = data?.bucket ?? "month";

  const controls = (
    <div className="flex flex-wrap items-end gap-3 text-sm print:hidden">
      <label>
        <span className="block font-medium">{t("bucket")}</span>
        <select name="bucket" className="mt-1 rounded-md border border-slate-400 px-2 py-1" value={bucket || currentBucket} onChange={(e) => setBucket(e.target.value as Bucket)}>
          <Options values={buckets} label={(b) => t(`buckets.${b}`)} />
        </select>
      </label>
      <div className="self-start">
        <label htmlFor={`${ids}-from`} className="block font-medium">
          {t("from")}
        </label>
        <DayFilterInput id={`${ids}-from`} className={dayClass} value={from || data?.from || ""} min={data?.extent?.first} max={data?.extent?.last} onCommit={(day) => setFrom(day ?? "")} />
      </div>
      <div className="self-start">
        <label htmlFor={`${ids}-to`} className="block font-medium">
          {t("to")}
        </label>
        <DayFilterInput id={`${ids}-to`} className={dayClass} value={to || data?.to || ""} min={data?.extent?.first} max={data?.extent?.last} onCommit={(day) => setTo(day ?? "")} />
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="cumulative" checked={showCumulative} onChange={(e) => setShowCumulative(e.target.checked)} /> {t("cumulative")}
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="log" checked={log} onChange={(e) => setLog(e.target.checked)} /> {t("logScale")}
      </label>
      {data ? <p className="ml-auto text-slate-600" data-testid="series-total">{t("total", { total: formatCount(data.total, locale) })}</p> : null}
    </div>
  );

  if (series.isError) {
    return (
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm">
        {t("error")}{" "}
        <button type="button" className="underline" onClick={() => void series.refetch()}>
          {t("retry")}
        </button>
      </div>
    );
  }
  if (data && data.points.length === 0) {
    return (
      <EmptyState>
        <p className="font-medium">{t("empty")}</p>
        <p className="text-sm">{t("emptyHint")}</p>
      </EmptyState>
    );
  }
  return (
    <ChartFrame
      title={title ?? t("recordsTitle")}
      rows={rows}
      csvName={`${csvPrefix}-records-${currentBucket}${showCumulative ? "-cumulative" : ""}.csv`}
      controls={controls}
      columns={[
        { key: "period", label: t("period"), format: (v) => formatDate(new Date(`${String(v)}T00:00:00Z`), precision(currentBucket), locale) },
        { key: "records", label: showCumulative ? t("cumulativeRecords") : t("records"), numeric: true, format: (v) => (v === null ? t("gap") : formatExact(Number(v), locale)) },
        { key: "days_with_data", label: acrossCases ? t("caseDaysWithData") : t("daysWithData"), numeric: true },
        { key: "provenance", label: t("provenance"), format: (v) => (v ? tp(String(v)) : "") },
      ]}
    >
      {data ? (
        <div className={`h-full transition-opacity ${series.isPlaceholderData ? "opacity-60" : ""}`}>
          <RecordsChart points={points} bucket={currentBucket} cumulative={showCumulative} log={log} />
        </div>
      ) : (
        <ChartSkeleton />
      )}
      <p className="sr-only">{t("keyboardHint")}</p>
    </ChartFrame>
  );
}
