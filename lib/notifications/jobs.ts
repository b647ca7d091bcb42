import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { scanDeadlines } from "./scan-deadlines";
import { sendDailyDigests } from "./send-daily-digests";

// Both are safe to run twice: a digest is unique per recipient and KST day, and the scan's
// dedupeKey tells each clock once per state and each task once per due day. So a retry, or two
// workers firing the same schedule, sends nothing twice.

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
    await scanDeadlines(new Date());
  },
});
