"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { chartCsv } from "./chart-csv";

export interface TableColumn<T> {
  key: keyof T & string;
  label: string;
  format?: (value: T[keyof T], row: T) => string;
  numeric?: boolean;
  /** In the table view, the cell links here (the chart's click-through, for keyboard users). */
  href?: (row: T) => string | undefined;
}

/**
 * A chart with its table alternative and a CSV of exactly the rows shown. The chart area keeps a
 * fixed height, so switching views or resizing never shifts the page.
 */
export function ChartFrame<T extends object>({
  title,
  rows,
  columns,
  csvName,
  controls,
  note,
  children,
  height = "h-80",
}: {
  title: string;
  rows: T[];
  columns: TableColumn<T>[];
  csvName: string;
  controls?: ReactNode;
  /** Shown under the chart and the table alike: a key to styles the legend cannot show. */
  note?: ReactNode;
  children: ReactNode;
  height?: string;
}) {
  const t = useTranslations("charts");
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const download = () => {
    const url = URL.createObjectURL(new Blob([chartCsv(columns, rows)], { type: "text/csv;charset=utf-8" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: csvName });
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <figure aria-labelledby={titleId} className="space-y-3 rounded-lg border border-slate-200 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <figcaption id={titleId} className="text-lg font-semibold">
          {title}
        </figcaption>
        <div className="flex flex-wrap gap-2 print:hidden">
          <button type="button" onClick={() => setAsTable(!asTable)} aria-pressed={asTable} className="rounded-md border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100">
            {asTable ? t("viewChart") : t("viewTable")}
          </button>
          <button type="button" onClick={download} className="rounded-md border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100">
            {t("downloadCsv")}
          </button>
        </div>
      </div>
      {controls}
      {asTable ? (
        <div className={`relative overflow-auto ${height}`} tabIndex={0} role="group" aria-label={title}>
          <table className="w-full text-sm tabular-nums" data-testid="chart-table">
            <thead className="sticky top-0 bg-white">
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className={`border-b border-slate-300 px-2 py-1 font-medium ${c.numeric ? "text-right" : "text-left"}`}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i} className="border-b border-slate-100">
                  {columns.map((c) => {
                    const text = c.format ? c.format(row[c.key], row) : String(row[c.key] ?? "");
                    const href = c.href?.(row);
                    return (
                      <td key={c.key} className={`px-2 py-1 ${c.numeric ? "text-right" : ""}`}>
                        {href ? (
                          <Link href={href} className="text-blue-800 underline">
                            {text}
                          </Link>
                        ) : (
                          text
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div className={height}>{children}</div>
      )}
      {note ? <p className="text-xs text-slate-600">{note}</p> : null}
    </figure>
  );
}
