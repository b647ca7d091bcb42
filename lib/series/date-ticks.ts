// Where a time axis puts its ticks: on calendar boundaries (Mondays, the first of a month, of a
// quarter, of a year…), never on whichever buckets happen to be evenly spaced in the data, so the
// labels read "Jan, Apr, Jul, Oct" and not "Jan 3, Mar 14, May 27". Pure: the chart gives the
// bucket starts it draws and how many labels fit.

export type BucketKind = "day" | "week" | "month" | "year";
export type TickPrecision = "day" | "month" | "year";

interface Step {
  unit: "day" | "week" | "month" | "year";
  every: number;
}

// Finest first. A step finer than the buckets would point into the middle of a bucket.
const STEPS: Step[] = [
  { unit: "day", every: 1 },
  { unit: "week", every: 1 },
  { unit: "month", every: 1 },
  { unit: "month", every: 3 },
  { unit: "month", every: 6 },
  ...[1, 2, 5, 10, 20, 50, 100].map((every) => ({ unit: "year" as const, every })),
];
const RANK: Record<Step["unit"], number> = { day: 0, week: 1, month: 2, year: 3 };

export interface DateTicks {
  /** The bucket starts to put a tick on, in order. */
  ticks: string[];
  /** The calendar boundary each tick stands for (a weekly bucket holds the first of the month). */
  boundaryOf: Map<string, string>;
  /** How precisely to label them: "March 2024" for monthly steps, "2024" for yearly ones. */
  precision: TickPrecision;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

function bucketEnd(lastStart: string, bucket: BucketKind): string {
  const d = day(lastStart);
  if (bucket === "day") d.setUTCDate(d.getUTCDate() + 1);
  if (bucket === "week") d.setUTCDate(d.getUTCDate() + 7);
  if (bucket === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  if (bucket === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
  return iso(d);
}

/** The step's boundaries in [from, to), or null once there are more than `limit`. */
function boundaries(step: Step, from: string, to: string, limit: number): string[] | null {
  const out: string[] = [];
  const d = day(from);
  if (step.unit === "week") d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7));
  if (step.unit === "month" || step.unit === "year") {
    d.setUTCDate(1);
    if (step.unit === "year") d.setUTCMonth(0);
    if (iso(d) < from) {
      if (step.unit === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
      else d.setUTCMonth(d.getUTCMonth() + 1);
    }
  }
  for (; iso(d) < to; ) {
    const onStep = step.unit === "month" ? d.getUTCMonth() % step.every === 0 : step.unit === "year" ? d.getUTCFullYear() % step.every === 0 : true;
    if (onStep) {
      out.push(iso(d));
      if (out.length > limit) return null;
    }
    if (step.unit === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (step.unit === "week") d.setUTCDate(d.getUTCDate() + 7);
    else if (step.unit === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCFullYear(d.getUTCFullYear() + 1);
  }
  return out;
}

const PRECISION: Record<Step["unit"], TickPrecision> = { day: "day", week: "day", month: "month", year: "year" };

/**
 * Picks the finest calendar step whose boundaries number at most `maxTicks` within the buckets'
 * span, and puts each boundary on the bucket that holds it. `starts` are the buckets' first days
 * (YYYY-MM-DD), ascending, as the chart draws them.
 */
export function chooseDateTicks(options: { starts: readonly string[]; bucket: BucketKind; maxTicks: number | ((precision: TickPrecision) => number) }): DateTicks {
  const { starts, bucket } = options;
  // Years ("2024") are narrower labels than months ("September 2024"): more of them fit.
  const fits = (step: Step) => Math.max(1, Math.floor(typeof options.maxTicks === "number" ? options.maxTicks : options.maxTicks(PRECISION[step.unit])));
  const first = starts[0];
  const last = starts.at(-1);
  if (first === undefined || last === undefined) return { ticks: [], boundaryOf: new Map(), precision: PRECISION[bucket] };
  const end = bucketEnd(last, bucket);
  const usable = STEPS.filter((s) => RANK[s.unit] >= RANK[bucket]);

  let pick: { step: Step; days: string[] } | null = null;
  let crowded: Step | null = null;
  for (const step of usable) {
    const days = boundaries(step, first, end, fits(step));
    if (days === null) crowded = step;
    else if (days.length > 0) {
      pick = { step, days };
      break;
    }
  }
  // No step both fits and has a boundary in the span: the coarsest step that has any, crowded.
  if (!pick && crowded) pick = { step: crowded, days: boundaries(crowded, first, end, Number.POSITIVE_INFINITY) ?? [] };
  if (!pick) return { ticks: [first], boundaryOf: new Map([[first, first]]), precision: PRECISION[bucket] };

  const ticks: string[] = [];
  const boundaryOf = new Map<string, string>();
  let i = 0;
  for (const boundary of pick.days) {
    while (i + 1 < starts.length && (starts[i + 1] as string) <= boundary) i++;
    const start = starts[i] as string;
    if (!boundaryOf.has(start)) {
      ticks.push(start);
      boundaryOf.set(start, boundary);
    }
  }
  return { ticks, boundaryOf, precision: PRECISION[pick.step.unit] };
}
