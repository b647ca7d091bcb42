import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";

// Both are safe to run twice: a digest is unique per recipient and KST day, and the scan's
// dedupeKey tells each clock once per state and each task once per due day. So a retry, or two
// workers firing the same schedule, sends nothing twice.
// Their bodies load when they run (dynamic imports): the registry is imported wherever a job is
// enqueued, and must not drag the mail renderer and its messages into every such module.

/** Yesterday's (KST) notifications that people want as a digest, one mail each, at 08:00 KST. */
export const dailyDigestJob = defineJob({
  name: "notifications.daily-digest",
  data: z.object({}),
  cron: "0 8 * * *",
  retryLimit: 5,
  retryDelaySeconds: 300,
  retryBackoff: true,
  leaseSeconds: 900,
  run: async () => {
    const { sendDailyDigests } = await import("./send-daily-digests");
    await sendDailyDigests(new Date());
  },
});

/** Clocks due soon or overdue, and tasks due tomorrow, every hour on the hour. */
export const deadlineScanJob = defineJob({
  name: "notifications.deadline-scan",
  data: z.object({}),
  cron: "0 * * * *",
  retryLimit: 3,
  retryDelaySeconds: 120,
  retryBackoff: true,
  leaseSeconds: 600,
  run: async () => {
    const { scanDeadlines } = await import("./scan-deadlines");
    await scanDeadlines(new Date());
  },
});
