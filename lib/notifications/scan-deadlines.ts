import "server-only";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { todayInSeoul } from "@/lib/validation/fields";
import { addKstDays } from "./kst-day";
import { mailImmediately, type WrittenNotification } from "./mail-notifications";
import { clockNotificationsSql, taskNotificationsSql } from "./scan-deadlines-sql";

/**
 * The deadline scan (the lead's job runs it hourly): clocks due within N days
 * (NOTIFY_CLOCK_DUE_DAYS) or overdue, and tasks due tomorrow, in set-based statements; a repeat
 * run tells nobody twice. Immediate mails are queued in the same transaction. Returns how many
 * notifications were written.
 */
export async function scanDeadlines(now: Date, options: { clockDueDays?: number } = {}): Promise<number> {
  const days = options.clockDueDays ?? env().NOTIFY_CLOCK_DUE_DAYS;
  const tomorrow = addKstDays(todayInSeoul(now), 1);
  return prisma.$transaction(
    async (tx) => {
      const clocks = await tx.$queryRaw<WrittenNotification[]>(clockNotificationsSql(now, days));
      const tasks = await tx.$queryRaw<WrittenNotification[]>(taskNotificationsSql(now, tomorrow));
      const written = [...clocks, ...tasks];
      await mailImmediately(tx, written);
      return written.length;
    },
    { timeout: 120_000 },
  );
}
