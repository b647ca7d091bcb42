// How long something takes, in the largest unit that reads naturally ("3 minutes", "115 days").
export type DurationUnit = "lessThanSecond" | "seconds" | "minutes" | "hours" | "days" | "years";

export function durationParts(seconds: number): { unit: DurationUnit; n: number } {
  if (!Number.isFinite(seconds)) return { unit: "years", n: Number.POSITIVE_INFINITY };
  if (seconds < 1) return { unit: "lessThanSecond", n: 0 };
  if (seconds < 120) return { unit: "seconds", n: Math.round(seconds) };
  if (seconds < 2 * 3600) return { unit: "minutes", n: Math.round(seconds / 60) };
  if (seconds < 2 * 86_400) return { unit: "hours", n: Math.round(seconds / 3600) };
  if (seconds < 2 * 365.25 * 86_400) return { unit: "days", n: Math.round(seconds / 86_400) };
  return { unit: "years", n: Math.round(seconds / (365.25 * 86_400)) };
}
