import PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db/create-client";
import type { Mailer } from "@/lib/mail/mailer";
import { JOB_TIME_ZONE, type JobDefinition } from "./define-job";

export interface WorkerOptions {
  databaseUrl: string;
  db: PrismaClient;
  mailer: Mailer | null;
  jobs: readonly JobDefinition[];
  /** Jobs fetched per poll and worked in parallel (the mailer's pool bounds SMTP connections). */
  batchSize?: number;
  /** Fetch loops per queue: while one loop waits on its batch, another fetches the next. */
  concurrency?: number;
  /** How often an idle worker asks for jobs (pg-boss: at least 0.5 s). */
  pollingIntervalSeconds?: number;
  /** How often lost leases are found and their jobs retried (pg-boss maintenance). */
  maintenanceIntervalSeconds?: number;
  /** Schedule the cron jobs (one worker suffices, more do no harm: pg-boss sends each slot once). */
  schedule?: boolean;
  onError?: (error: unknown) => void;
}

export interface RunningWorker {
  /** Stops fetching, waits up to `timeoutMs` for jobs in hand, then closes its connections. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Starts pg-boss on the app's database (its schema is a migration, so this finds it current),
 * works every job of the registry and schedules the cron ones in Asia/Seoul time.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: "pgboss",
    max: 2 + 2 * (options.concurrency ?? 2),
    application_name: "casefile-worker",
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    schedule: options.schedule ?? true,
  });
  const onError = options.onError ?? ((error: unknown) => console.error(`[worker] ${error instanceof Error ? error.message : String(error)}`));
  boss.on("error", onError);
  await boss.start();
  const batchSize = options.batchSize ?? 20;
  for (const job of options.jobs) {
    const queue = { name: job.name, policy: "standard" as const, retryLimit: job.retryLimit, retryDelay: job.retryDelaySeconds, retryBackoff: job.retryBackoff, expireInSeconds: job.leaseSeconds };
    if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, queue);
    else await boss.createQueue(job.name, queue);
    if (job.cron && options.schedule !== false) await boss.schedule(job.name, job.cron, {}, { tz: JOB_TIME_ZONE });
    for (let loop = 0; loop < (job.cron ? 1 : (options.concurrency ?? 2)); loop++) {
      await boss.work<unknown>(job.name, { batchSize, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, (batch) =>
        Promise.all(batch.map((item) => runOne(boss, job, item, options, onError))),
      );
    }
  }
  return {
    stop: (timeoutMs = 30_000) => boss.stop({ graceful: true, wait: true, timeout: timeoutMs }),
  };
}

/**
 * One job of a batch. pg-boss settles a batch as a whole, so a failure is reported for its own
 * job here (retried with its backoff) and the batch's completion then leaves it alone.
 */
async function runOne(boss: PgBoss, job: JobDefinition, item: PgBoss.JobWithMetadata<unknown>, options: WorkerOptions, onError: (error: unknown) => void): Promise<void> {
  try {
    const data = job.data.parse(item.data);
    // pg-boss reads the lease with EXTRACT(epoch …), which pg returns as a numeric string.
    await job.run(data, { db: options.db, mailer: options.mailer, jobId: item.id, retryCount: item.retryCount, retryLimit: item.retryLimit, leaseSeconds: Number(item.expireInSeconds) });
  } catch (error) {
    await boss.fail(job.name, item.id, { message: error instanceof Error ? error.message : String(error) }).catch(onError);
  }
}
