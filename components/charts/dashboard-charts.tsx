"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { formatExact } from "@/lib/format/number";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { ChartFrame } from "./chart-frame";

// Recharts loads only on pages that draw a chart, and only in the browser.
const SimpleBarChart = dynamic(() => import("./bar-chart").then((m) => m.SimpleBarChart), {
  ssr: false,
  loading: () => <div className="h-full animate-pulse rounded bg-slate-100" role="status" />,
});

type StateRow = { label: string; state: string; cases: number; href: string };
type MonthRow = { label: string; month: string; opened: number; closed: number; openedHref: string; closedHref: string };

/** Cases per workflow state; each bar (and each table row) opens the list filtered to that state. */
export function CasesByStateChart({ rows }: { rows: StateRow[] }) {
  const t = useTranslations("dashboard");
  const locale = useAppLocale();
  return (
    <ChartFrame
      title={t("byState")}
      rows={rows}
      csvName="cases-by-status.csv"
      height="h-80"
      columns={[
        { key: "label", label: t("state"), href: (r) => r.href },
        { key: "cases", label: t("cases"), numeric: true, format: (v) => formatExact(Number(v), locale), href: (r) => r.href },
      ]}
    >
      <SimpleBarChart rows={rows} horizontal series={[{ key: "cases", name: t("cases"), hrefKey: "href" }]} />
    </ChartFrame>
  );
}

/** Cases opened and closed per month (Seoul time); each bar opens the cases opened, or closed, that month. */
export function OpenedClosedChart({ rows }: { rows: MonthRow[] }) {
  const t = useTranslations("dashboard");
  return (
    <ChartFrame
      title={t("perMonth")}
      rows={rows}
      csvName="cases-opened-closed-per-month.csv"
      height="h-64"
      columns={[
        { key: "month", label: t("month") },
        { key: "opened", label: t("opened"), numeric: true, href: (r) => (r.opened ? r.openedHref : undefined) },
        { key: "closed", label: t("closed"), numeric: true, href: (r) => (r.closed ? r.closedHref : undefined) },
      ]}
    >
      <SimpleBarChart
        rows={rows}
        series={[
          { key: "opened", name: t("opened"), hrefKey: "openedHref" },
          { key: "closed", name: t("closed"), hrefKey: "closedHref" },
        ]}
      />
    </ChartFrame>
  );
}
