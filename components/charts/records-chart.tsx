"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Area, AreaChart, Brush, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { NameType, ValueType } from "recharts/types/component/DefaultTooltipContent";
import { formatDate } from "@/lib/format/date";
import { formatAxisCount, formatCount, formatExact } from "@/lib/format/number";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { chooseDateTicks, type BucketKind, type TickPrecision } from "@/lib/series/date-ticks";
import { PALETTE } from "./palette";
import { useElementWidth } from "./use-element-width";

/** One bucket, already shaped: the value drawn, split by whether it is observed or modelled. */
export interface RecordsChartPoint {
  start: string;
  observed: number | null;
  modelled: number | null;
  days: number;
}

type Precision = "day" | "month" | "year";
const PRECISION: Record<string, Precision> = { day: "day", week: "day", month: "month", year: "year" };
const BUCKET_KIND: Record<string, BucketKind> = { day: "day", week: "week", month: "month", year: "year" };
// Room for one axis label and the gap after it, in pixels: "13 September 2024", "September 2024"
// ("2024년 9월"), "2024".
const TICK_SLOT: Record<TickPrecision, number> = { day: 130, month: 110, year: 56 };
const Y_AXIS_AND_MARGINS = 80;

export function RecordsChart({ points, bucket, cumulative, log }: { points: RecordsChartPoint[]; bucket: string; cumulative: boolean; log: boolean }) {
  const t = useTranslations("charts");
  const locale = useAppLocale();
  const dateLabel = (day: string) => formatDate(new Date(`${day}T00:00:00Z`), PRECISION[bucket] ?? "day", locale);
  const [frame, width] = useElementWidth<HTMLDivElement>();
  // The part the brush shows, for the series it was set on (a new series shows whole).
  const [zoom, setZoom] = useState<{ points: RecordsChartPoint[]; start: number; end: number } | null>(null);
  const axis = useMemo(() => {
    const shown = zoom && zoom.points === points ? points.slice(zoom.start, zoom.end + 1) : points;
    const maxTicks = (precision: TickPrecision) => Math.max(2, Math.floor((width - Y_AXIS_AND_MARGINS) / TICK_SLOT[precision]));
    return chooseDateTicks({ starts: shown.map((p) => p.start), bucket: BUCKET_KIND[bucket] ?? "day", maxTicks });
  }, [points, zoom, bucket, width]);
  const tickLabel = (start: string) => formatDate(new Date(`${axis.boundaryOf.get(start) ?? start}T00:00:00Z`), axis.precision, locale);
  // The brush's own label is English ("Min value: …"): it says the shown range in the page's words.
  const brushLabel = ({ start, end }: { start: number; end: number }) => t("brushRange", { from: dateLabel(points[start]?.start ?? ""), to: dateLabel(points[end]?.start ?? "") });
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
    <div ref={frame} className="h-full w-full">
      {width > 0 ? (
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer>
            <defs>
              <pattern id="modelled-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill={PALETTE.purple} fillOpacity={0.12} />
                <line x1="0" y1="0" x2="0" y2="6" stroke={PALETTE.purple} strokeWidth={2} strokeOpacity={0.6} />
              </pattern>
            </defs>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            {/* Ticks on calendar boundaries (lib/series/date-ticks.ts), every one of them drawn. */}
            <XAxis dataKey="start" ticks={axis.ticks} interval={0} tickFormatter={tickLabel} tick={{ fontSize: 12 }} />
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
            {points.length > 30 ? (
              <Brush
                dataKey="start"
                ariaLabel={brushLabel(zoom && zoom.points === points ? zoom : { start: 0, end: points.length - 1 })}
                height={24}
                tickFormatter={dateLabel}
                travellerWidth={10}
                onChange={({ startIndex, endIndex }) => setZoom(startIndex === undefined || endIndex === undefined ? null : { points, start: startIndex, end: endIndex })}
              />
            ) : null}
          </AreaChart>
        </ResponsiveContainer>
      ) : null}
    </div>
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
