// Per-route tallies for the signed-in users: latency samples (every request, whatever its
// outcome), outcomes by kind, and the percentiles the report needs.

/** How a request ended. `ok` and the refusals are correct answers; the rest are errors. */
export type Outcome = "ok" | "conflict" | "refused_invalid" | "refused_forbidden" | "refused_not_found" | "unexpected" | "4xx" | "5xx" | "network";

export interface RouteReport {
  count: number;
  perSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  outcomes: Partial<Record<Outcome, number>>;
  status4xx: Record<string, number>;
  status5xx: number;
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

const round = (n: number) => Math.round(n * 10) / 10;

export class RouteStats {
  private readonly routes = new Map<string, { samples: number[]; outcomes: Map<Outcome, number>; status4xx: Map<string, number>; status5xx: number }>();

  record(route: string, ms: number, outcome: Outcome, status: number | null): void {
    let entry = this.routes.get(route);
    if (!entry) {
      entry = { samples: [], outcomes: new Map(), status4xx: new Map(), status5xx: 0 };
      this.routes.set(route, entry);
    }
    entry.samples.push(ms);
    entry.outcomes.set(outcome, (entry.outcomes.get(outcome) ?? 0) + 1);
    if (status !== null && status >= 400 && status < 500) entry.status4xx.set(String(status), (entry.status4xx.get(String(status)) ?? 0) + 1);
    if (status !== null && status >= 500) entry.status5xx += 1;
  }

  /** Every request of every route together: what "the signed-in users' median" means. */
  overall(): { count: number; p50: number; p95: number; p99: number; max: number } {
    const sorted = [...this.routes.values()].flatMap((entry) => entry.samples).sort((a, b) => a - b);
    return { count: sorted.length, p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), p99: round(percentile(sorted, 0.99)), max: round(sorted.at(-1) ?? Number.NaN) };
  }

  report(seconds: number): Record<string, RouteReport> {
    const out: Record<string, RouteReport> = {};
    for (const [route, entry] of [...this.routes].sort(([a], [b]) => a.localeCompare(b))) {
      const sorted = [...entry.samples].sort((a, b) => a - b);
      out[route] = {
        count: sorted.length,
        perSecond: round(sorted.length / seconds),
        latencyMs: { p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), p99: round(percentile(sorted, 0.99)), max: round(sorted.at(-1) ?? Number.NaN) },
        outcomes: Object.fromEntries(entry.outcomes),
        status4xx: Object.fromEntries(entry.status4xx),
        status5xx: entry.status5xx,
      };
    }
    return out;
  }
}
