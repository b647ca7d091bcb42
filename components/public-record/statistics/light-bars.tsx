// The statistics' first screen draws its bars as plain HTML (rendered on the server, with the
// value written beside each bar) instead of Recharts: the page's first paint then loads no chart
// library at all, which is what kept its mobile Lighthouse score under 95 (docs/performance.md).
// Only for simple bars; the table view and the CSV are the frame's, as for every chart.
import { formatExact } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/locales";
import { PALETTE } from "@/components/charts/palette";
import type { StatRow } from "./stat-chart";

const COLORS = [PALETTE.blue, PALETTE.orange];

export function LightBars({ rows, bars, locale, label }: { rows: StatRow[]; bars: { key: string; name: string }[]; locale: Locale; label: string }) {
  const max = new Map(bars.map((b) => [b.key, Math.max(1, ...rows.map((r) => Number(r[b.key]) || 0))]));
  return (
    // Scrolls inside the chart's fixed height when there are many rows, so focusable (axe).
    <ul className="flex h-full flex-col justify-around gap-1 overflow-y-auto text-xs" tabIndex={0} aria-label={label} data-testid="light-bars">
      {rows.map((row) => (
        <li key={row.label} className="grid min-h-5 grid-cols-[minmax(0,9rem)_1fr] items-center gap-2">
          <span className="truncate text-slate-700" title={row.label}>
            {row.label}
          </span>
          <span className="grid gap-0.5">
            {bars.map((b, i) => {
              const value = Number(row[b.key]) || 0;
              return (
                <span key={b.key} className="flex items-center gap-1.5">
                  <span className="h-3.5 rounded-sm" style={{ width: `${(value / (max.get(b.key) ?? 1)) * 85}%`, background: COLORS[i % COLORS.length] }} />
                  <span className="tabular-nums">{bars.length > 1 ? `${formatExact(value, locale)} ${b.name}` : formatExact(value, locale)}</span>
                </span>
              );
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
