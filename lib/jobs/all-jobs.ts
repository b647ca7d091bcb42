import type { JobDefinition } from "./define-job";
import { sendMailJob } from "@/lib/mail/send-mail-job";
import { dailyDigestJob, deadlineScanJob } from "@/lib/notifications/jobs";
import { webhookDeliverJob, webhookFanOutJob } from "@/lib/webhooks/jobs";

/**
 * Every background job, one entry each: the worker (scripts/worker.ts) works them all and
 * schedules those with a `cron`. A job sent from a web request also needs its queue created in a
 * migration (`SELECT pgboss.create_queue('<name>', '{"policy":"standard"}')`); a scheduled one
 * does not, the worker creates its queue on start. `lib/jobs/all-jobs.int.test.ts` checks both.
 */
export const allJobs: readonly JobDefinition[] = [sendMailJob, dailyDigestJob, deadlineScanJob, webhookFanOutJob, webhookDeliverJob];

export function jobNamed(name: string): JobDefinition {
  const job = allJobs.find((j) => j.name === name);
  if (!job) throw new Error(`No job named "${name}" in lib/jobs/all-jobs.ts`);
  return job;
}
