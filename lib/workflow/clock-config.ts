import "server-only";
import { env } from "@/lib/env";
import type { ClockKind } from "./clocks";

/** The configured length of each window, in days (defaults in clocks.ts). */
export function clockDays(kind: ClockKind): number {
  return kind === "reply_window" ? env().CASEFILE_REPLY_WINDOW_DAYS : env().CASEFILE_APPEAL_WINDOW_DAYS;
}
