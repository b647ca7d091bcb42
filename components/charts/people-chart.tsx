"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Bar, Cell, ComposedChart, CartesianGrid, ErrorBar, Legend, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate } from "@/lib/format/date";
import { formatAxisCount, formatExact } from "@/lib/format/number";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { PALETTE } from "./palette";

export interface PeoplePoint {
  asOf: string;
  active: number | null;
  dormant: number | null;
  former: number | null;
  unsplit: number | null;
  total: number;
  low: number | null;
  high: number | null;
  provenance: string;
}

const PARTS = [
  { key: "active", color: PALETTE.blue },
  { key: "dormant", color: PALETTE.orange },
  { key: "former", color: PALETTE.green },
  { key: "unsplit", color: PALETTE.grey },
] as const;

/** Affected people split by status for each revision, with low–high bounds as error bars. */
export function PeopleChart({ points }: { points: PeoplePoint[] }) {
  const t = useTranslations("caseWs");
  const tc = useTranslations("charts");
  const tp = useTranslations("provenance");
  const locale = useAppLocale();
  // Several estimates can be drawn on one page: keep each chart's pattern ids its own.
  const uid = useId();
  const hatch = (key: string) => `hatch-${uid.replace(/:/g, "")}-${key}`;
  const data = points.map((p) => ({
    ...p,
    label: formatDate(new Date(`${p.asOf}T00:00:00Z`), "day", locale),
    // ErrorBar wants the distance below and above the total.
    bounds: p.low !== null || p.high !== null ? [p.total - (p.low ?? p.total), (p.high ?? p.total) - p.total] : [0, 0],
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer>
        <defs>
          {PARTS.map((part) => (
            <pattern key={part.key} id={hatch(part.key)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={part.color} fillOpacity={0.25} />
              <line x1="0" y1="0" x2="0" y2="6" stroke={part.color} strokeWidth={2} />
            </pattern>
          ))}
        </defs>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={(v: number) => formatAxisCount(v, locale)} width={56} tick={{ fontSize: 12 }} />
        <Tooltip
          formatter={(value, name) => [typeof value === "number" ? formatExact(value, locale) : String(value), String(name)]}
          labelFormatter={(label, payload) => `${String(label)} · ${tp(String(payload?.[0]?.payload?.provenance ?? "estimated"))}`}
        />
        <Legend />
        {PARTS.map((part) => (
          <Bar key={part.key} dataKey={part.key} name={t(part.key)} stackId="people" fill={part.color} maxBarSize={96} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.asOf} fill={d.provenance === "modelled" ? `url(#${hatch(part.key)})` : part.color} />
            ))}
          </Bar>
        ))}
        <Scatter dataKey="total" name={`${t("total")} · ${tc("bounds")}`} fill="#111827" isAnimationActive={false}>
          <ErrorBar dataKey="bounds" width={10} strokeWidth={2} stroke="#111827" direction="y" />
        </Scatter>
      </ComposedChart>
    </ResponsiveContainer>
  );
}
