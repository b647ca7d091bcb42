// The worker as tests run it: in this process, on this run's database, polling every half second,
// finding lost leases every second. Mail goes to `sink` (or is kept, with no sink).
import { inject } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { allJobs } from "@/lib/jobs/all-jobs";
import { startWorker, type RunningWorker } from "@/lib/jobs/start-worker";
import { createMailer } from "@/lib/mail/mailer";
import type { SmtpSink } from "./smtp-sink";

const TEST_MAIL_FROM = "Casefile <casefile@test.example>";

export async function startTestWorker(options: { sink?: SmtpSink; batchSize?: number } = {}): Promise<RunningWorker> {
  const mailer = options.sink ? createMailer({ smtpUrl: options.sink.url, from: TEST_MAIL_FROM }) : null;
  const worker = await startWorker({
    databaseUrl: inject("databaseUrl"),
    db: prisma,
    mailer,
    jobs: allJobs,
    batchSize: options.batchSize,
    pollingIntervalSeconds: 0.5,
    maintenanceIntervalSeconds: 1,
    schedule: false,
  });
  return {
    async stop(timeoutMs) {
      await worker.stop(timeoutMs);
      mailer?.close();
    },
  };
}
