// When a failed delivery is tried again: a fixed, readable schedule, then every 6 hours, until 24
// hours have passed since the first attempt. Pure, so the schedule is tested directly; tests and
// the bench shorten it with overrideWebhookTiming.

export interface WebhookTiming {
  /** Delays after the 1st, 2nd, … failed attempt, in seconds; the last repeats. */
  delaysSeconds: readonly number[];
  /** No attempt starts later than this after the first one. */
  giveUpAfterSeconds: number;
  /** A subscription failing (no success) for this long when a delivery gives up is disabled. */
  disableAfterFailingSeconds: number;
}

export const DEFAULT_WEBHOOK_TIMING: WebhookTiming = {
  delaysSeconds: [5, 30, 120, 600, 1_800, 3_600, 3 * 3_600, 6 * 3_600],
  giveUpAfterSeconds: 24 * 3_600,
  disableAfterFailingSeconds: 24 * 3_600,
};

let timing: WebhookTiming = DEFAULT_WEBHOOK_TIMING;

export function webhookTiming(): WebhookTiming {
  return timing;
}

/** Shorter delays for tests and the bench. Returns the undo. */
export function overrideWebhookTiming(override: Partial<WebhookTiming>): () => void {
  timing = { ...DEFAULT_WEBHOOK_TIMING, ...override };
  return () => {
    timing = DEFAULT_WEBHOOK_TIMING;
  };
}

/**
 * When to try again after `attemptsMade` failed attempts, the first at `firstAttemptAt`, or null
 * to give up (the next attempt would start more than `giveUpAfterSeconds` after the first).
 */
export function nextAttemptAt(options: { attemptsMade: number; firstAttemptAt: Date; now: Date; timing?: WebhookTiming }): Date | null {
  const { delaysSeconds, giveUpAfterSeconds } = options.timing ?? timing;
  const delay = delaysSeconds[Math.min(options.attemptsMade - 1, delaysSeconds.length - 1)] ?? 0;
  const next = new Date(options.now.getTime() + delay * 1_000);
  return next.getTime() - options.firstAttemptAt.getTime() > giveUpAfterSeconds * 1_000 ? null : next;
}
