import type { z } from "zod";
import type { PrismaClient } from "@/lib/db/create-client";
import type { Mailer } from "@/lib/mail/mailer";

/** What a job's run gets besides its data: the worker's database and mail transport. */
export interface JobContext {
  db: PrismaClient;
  /** Null when no SMTP_URL is configured: mails are kept for /admin/mail instead of sent. */
  mailer: Mailer | null;
  jobId: string;
  /** 0 on the first attempt; equals `retryLimit` on the last. */
  retryCount: number;
  retryLimit: number;
  /** How long this attempt holds the job before another worker may take it over. */
  leaseSeconds: number;
}

export interface JobDefinition<Schema extends z.ZodType = z.ZodType> {
  /** The pg-boss queue, `<area>.<verb>`. A job sent from a web request needs its queue in a migration. */
  name: string;
  data: Schema;
  run: (data: z.infer<Schema>, ctx: JobContext) => Promise<void>;
  retryLimit: number;
  retryDelaySeconds: number;
  /** Doubling delays (with jitter) between attempts instead of a fixed one. */
  retryBackoff: boolean;
  /** pg-boss expireInSeconds: after this an attempt counts as lost and the job is retried elsewhere. */
  leaseSeconds: number;
  /** A schedule (five-field cron, Asia/Seoul): the worker sends the job itself at these times. */
  cron?: string;
}

export const JOB_TIME_ZONE = "Asia/Seoul";

/** A job of the registry (lib/jobs/all-jobs.ts). Kept as a function so `data` narrows `run`. */
export function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  if (!/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/.test(definition.name)) throw new Error(`Job name "${definition.name}" must look like area.verb`);
  return definition;
}
