"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatAxisCount, formatExact } from "@/lib/format/number";
import { useRouter } from "@/lib/i18n/navigation";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { PALETTE } from "./palette";

const COLORS = [PALETTE.blue, PALETTE.orange, PALETTE.green, PALETTE.purple];

/** Bars for already-shaped rows; a click on a bar opens the link in that row's `hrefKey` field. */
type Row = { label: string } & Record<string, string | number | undefined>;
type Series = { key: string; name: string; hrefKey?: string };

/** `horizontal` lays bars out sideways, so long category names (workflow states) stay readable. */
export function SimpleBarChart<R extends Row>({ rows, series, horizontal = false }: { rows: R[]; series: Series[]; horizontal?: boolean }) {
  const locale = useAppLocale();
  const router = useRouter();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout={horizontal ? "vertical" : "horizontal"} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => formatAxisCount(v, locale)} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={150} interval={0} tick={{ fontSize: 11 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tickFormatter={(v: number) => formatAxisCount(v, locale)} width={64} tick={{ fontSize: 12 }} />
          </>
        )}
        <Tooltip formatter={(value, name) => [formatExact(Number(value), locale), String(name)]} />
        {series.length > 1 ? <Legend /> : null}
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={COLORS[i % COLORS.length]}
            isAnimationActive={false}
            cursor={s.hrefKey ? "pointer" : undefined}
            onClick={(entry: { payload?: Row }) => {
              const href = s.hrefKey ? entry.payload?.[s.hrefKey] : undefined;
              if (typeof href === "string") router.push(href);
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
