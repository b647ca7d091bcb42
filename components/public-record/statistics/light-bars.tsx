// The statistics' first screen draws its bars as plain HTML (rendered on the server, with the
// value written beside each bar) instead of Recharts: the page's first paint then loads no chart
// library at all, which is what kept its mobile Lighthouse score under 95 (docs/performance.md).
// Only for simple bars; the table view and the CSV are the frame's, as for every chart. The rows
// are styled by rules on the list (no class list per element: the page is cached, and its bytes
// cost throughput).
import { formatExact } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/locales";
import { PALETTE } from "@/components/charts/palette";
import type { StatRow } from "./stat-chart";

const COLORS = [PALETTE.blue, PALETTE.orange];

const LIST = [
  "flex h-full flex-col justify-around gap-1 overflow-y-auto text-xs",
  "[&>li]:grid [&>li]:min-h-5 [&>li]:grid-cols-[minmax(0,9rem)_1fr] [&>li]:items-center [&>li]:gap-2",
  "[&>li>span:first-child]:truncate [&>li>span:first-child]:text-slate-700",
  "[&>li>span+span]:flex [&>li>span+span]:items-center [&>li>span+span]:gap-1.5 [&>li>span+span]:tabular-nums",
  "[&>li>span+span>span]:h-3.5 [&>li>span+span>span]:rounded-sm",
].join(" ");

export function LightBars({ rows, bars, locale, label }: { rows: StatRow[]; bars: { key: string; name: string }[]; locale: Locale; label: string }) {
  const max = new Map(bars.map((b) => [b.key, Math.max(1, ...rows.map((r) => Number(r[b.key]) || 0))]));
  return (
    // Scrolls inside the chart's fixed height when there are many rows, so focusable (axe).
    <ul className={LIST} tabIndex={0} aria-label={label} data-testid="light-bars">
      {rows.map((row) => (
        <li key={row.label}>
          <span title={row.label.length > 16 ? row.label : undefined}>{row.label}</span>
          {bars.map((b, i) => {
            const value = Number(row[b.key]) || 0;
            return (
              <span key={b.key} className={i > 0 ? "col-start-2" : undefined}>
                <span style={{ width: `${Math.round((value / (max.get(b.key) ?? 1)) * 85)}%`, background: COLORS[i % COLORS.length] }} />
                {bars.length > 1 ? `${formatExact(value, locale)} ${b.name}` : formatExact(value, locale)}
              </span>
            );
          })}
        </li>
      ))}
    </ul>
  );
}
