"use client";

import { useTranslations } from "next-intl";
import { Area, AreaChart, Brush, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { NameType, ValueType } from "recharts/types/component/DefaultTooltipContent";
import { formatDate } from "@/lib/format/date";
import { formatAxisCount, formatCount, formatExact } from "@/lib/format/number";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { PALETTE } from "./palette";

/** One bucket, already shaped: the value drawn, split by whether it is observed or modelled. */
export interface RecordsChartPoint {
  start: string;
  observed: number | null;
  modelled: number | null;
  days: number;
}

type Precision = "day" | "month" | "year";
const PRECISION: Record<string, Precision> = { day: "day", week: "day", month: "month", year: "year" };

export function RecordsChart({ points, bucket, cumulative, log }: { points: RecordsChartPoint[]; bucket: string; cumulative: boolean; log: boolean }) {
  const t = useTranslations("charts");
  const locale = useAppLocale();
  const dateLabel = (day: string) => formatDate(new Date(`${day}T00:00:00Z`), PRECISION[bucket] ?? "day", locale);
  const hasModelled = points.some((p) => p.modelled !== null);
  const hasObserved = points.some((p) => p.observed !== null);
  // A logarithmic axis cannot show zero; zero days are drawn as gaps on it.
  const data = log ? points.map((p) => ({ ...p, observed: p.observed || null, modelled: p.modelled || null })) : points;

  const TooltipBody = ({ active, payload, label }: TooltipContentProps<ValueType, NameType>) => {
    if (!active || !payload?.length) return null;
    const point = payload[0]?.payload as RecordsChartPoint;
    const value = point.observed ?? point.modelled;
    return (
      <div className="rounded-md border border-slate-300 bg-white p-2 text-sm shadow">
        <p className="font-medium">{dateLabel(String(label))}</p>
        {value === null ? (
          <p>{t("gap")}</p>
        ) : (
          <p>
            {cumulative ? t("cumulativeRecords") : t("records")}: <strong>{formatCount(value, locale)}</strong>
            <span className="block text-xs text-slate-600">{formatExact(value, locale)}</span>
          </p>
        )}
        <p className="text-xs text-slate-600">
          {t("daysWithData")}: {point.days}
          {point.modelled !== null ? ` · ${t("modelledLegend").split(":")[0]}` : ""}
        </p>
      </div>
    );
  };

  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer>
        <defs>
          <pattern id="modelled-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={PALETTE.purple} fillOpacity={0.12} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={PALETTE.purple} strokeWidth={2} strokeOpacity={0.6} />
          </pattern>
        </defs>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="start" tickFormatter={dateLabel} minTickGap={32} tick={{ fontSize: 12 }} />
        <YAxis
          scale={log ? "log" : "auto"}
          domain={log ? ["auto", "auto"] : [0, "auto"]}
          allowDataOverflow={log}
          tickFormatter={(v: number) => formatAxisCount(v, locale)}
          width={56}
          tick={{ fontSize: 12 }}
        />
        <Tooltip content={TooltipBody} />
        <Legend />
        {hasObserved ? (
          <Area
            type="linear"
            dataKey="observed"
            name={t("observedLegend")}
            stroke={PALETTE.blue}
            strokeWidth={2}
            fill={PALETTE.blue}
            fillOpacity={0.15}
            connectNulls={false}
            dot={isolatedDot(points, "observed", PALETTE.blue)}
            isAnimationActive={false}
          />
        ) : null}
        {hasModelled ? (
          <Area
            type="linear"
            dataKey="modelled"
            name={t("modelledLegend")}
            stroke={PALETTE.purple}
            strokeWidth={2}
            strokeDasharray="6 4"
            fill="url(#modelled-hatch)"
            connectNulls={false}
            dot={isolatedDot(points, "modelled", PALETTE.purple)}
            isAnimationActive={false}
          />
        ) : null}
        {points.length > 30 ? <Brush dataKey="start" height={24} tickFormatter={dateLabel} travellerWidth={10} /> : null}
      </AreaChart>
    </ResponsiveContainer>
  );
}

/**
 * A bucket with no neighbour on either side (a gap, or the other provenance) would draw no line
 * at all; it gets a dot instead, so no figure disappears from the chart.
 */
function isolatedDot(points: RecordsChartPoint[], key: "observed" | "modelled", color: string) {
  const Dot = ({ cx, cy, index }: { cx?: number; cy?: number; index?: number }) => {
    const i = index ?? -1;
    const alone = points[i]?.[key] != null && points[i - 1]?.[key] == null && points[i + 1]?.[key] == null;
    return alone && cx !== undefined && cy !== undefined ? <circle key={i} cx={cx} cy={cy} r={4} fill={color} /> : <g key={i} />;
  };
  return Dot;
}
