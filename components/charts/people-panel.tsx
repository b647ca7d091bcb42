"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/format/date";
import { formatExact } from "@/lib/format/number";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { ChartFrame } from "./chart-frame";
import type { PeoplePoint } from "./people-chart";

const PeopleChart = dynamic(() => import("./people-chart").then((m) => m.PeopleChart), {
  ssr: false,
  loading: () => <div className="h-full animate-pulse rounded bg-slate-100" role="status" />,
});

export function PeoplePanel({ title, points, csvName }: { title: string; points: PeoplePoint[]; csvName: string }) {
  const t = useTranslations("caseWs");
  const tp = useTranslations("provenance");
  const locale = useAppLocale();
  const tc = useTranslations("charts");
  const n = (v: unknown) => (v === null || v === undefined ? "–" : formatExact(Number(v), locale));
  return (
    <ChartFrame
      title={title}
      rows={points}
      csvName={csvName}
      height="h-72"
      note={points.some((p) => p.provenance === "modelled") ? tc("modelledBars") : undefined}
      columns={[
        { key: "asOf", label: t("asOf"), format: (v) => formatDate(new Date(`${String(v)}T00:00:00Z`), "day", locale) },
        { key: "active", label: t("active"), numeric: true, format: n },
        { key: "dormant", label: t("dormant"), numeric: true, format: n },
        { key: "former", label: t("former"), numeric: true, format: n },
        { key: "unsplit", label: t("unsplit"), numeric: true, format: n },
        { key: "total", label: t("total"), numeric: true, format: n },
        { key: "low", label: t("low"), numeric: true, format: n },
        { key: "high", label: t("high"), numeric: true, format: n },
        { key: "provenance", label: t("provenance"), format: (v) => tp(String(v)) },
      ]}
    >
      <PeopleChart points={points} />
    </ChartFrame>
  );
}
