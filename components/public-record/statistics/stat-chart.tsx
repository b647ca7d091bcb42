"use client";

import dynamic from "next/dynamic";
import { ChartFrame, type TableColumn } from "@/components/charts/chart-frame";
import { WhenVisible } from "@/components/charts/when-visible";
import { formatExact } from "@/lib/format/number";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { LightBars } from "./light-bars";

// Recharts loads only in the browser, and only on pages that draw a chart.
const SimpleBarChart = dynamic(() => import("@/components/charts/bar-chart").then((m) => m.SimpleBarChart), {
  ssr: false,
  loading: () => <div className="h-full animate-pulse rounded bg-slate-100" role="status" />,
});

/** One row as the server shaped it: `label` names the bar; other fields are the CSV's raw cells. */
export type StatRow = { label: string } & Record<string, string | number>;

export interface StatColumn {
  key: string;
  label: string;
  numeric?: boolean;
  /** The row field holding the cell's text in the table view (formatted money); the CSV keeps the raw `key` field. */
  display?: string;
}

/**
 * A statistic as a bar chart with its table view and CSV (ChartFrame): the rows come shaped and
 * localized from the server page, so no formatting rule runs twice.
 */
export function StatChart({
  title,
  rows,
  columns,
  csvName,
  bars,
  note,
  horizontal = false,
  light = false,
}: {
  title: string;
  rows: StatRow[];
  columns: StatColumn[];
  csvName: string;
  /** The numeric fields drawn as bars, with their names. */
  bars: { key: string; name: string }[];
  note?: string;
  horizontal?: boolean;
  /** On the first screen: bars in plain HTML, no chart library (LightBars). */
  light?: boolean;
}) {
  const locale = useAppLocale();
  const frameColumns: TableColumn<StatRow>[] = columns.map((c) => ({
    key: c.key,
    label: c.label,
    numeric: c.numeric,
    format: (value, row) => (c.display ? String(row[c.display] ?? "") : typeof value === "number" ? formatExact(value, locale) : String(value ?? "")),
  }));
  // Tall enough for one readable bar per row when laid sideways (categories, articles).
  const height = light ? (rows.length > 8 ? "h-72" : "h-56") : horizontal ? (rows.length > 8 ? "h-[32rem]" : rows.length > 3 ? "h-80" : "h-56") : "h-72";
  return (
    <ChartFrame title={title} rows={rows} columns={frameColumns} csvName={csvName} note={note} height={height}>
      {light ? (
        <LightBars rows={rows} bars={bars} locale={locale} label={title} />
      ) : (
        <WhenVisible>
          <SimpleBarChart rows={rows} series={bars} horizontal={horizontal} />
        </WhenVisible>
      )}
    </ChartFrame>
  );
}
