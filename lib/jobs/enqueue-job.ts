import PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";
import { jobNamed } from "./all-jobs";
import type { JobDefinition } from "./define-job";

type Tx = Prisma.TransactionClient;

export interface EnqueueOptions {
  /** Not before this instant. */
  startAfter?: Date;
  /** pg-boss's singletonKey: on a queue of policy `short` (created so in its migration), at most one waiting job per key. */
  singletonKey?: string;
}

type Timing = Pick<JobDefinition, "retryLimit" | "retryDelaySeconds" | "retryBackoff" | "leaseSeconds">;

// A pg-boss that never connects: it only writes the insert, through the caller's transaction.
const sender = new PgBoss({ db: { executeSql: () => Promise.reject(new Error("enqueueJob sends only through a transaction")) }, schema: "pgboss", supervise: false, schedule: false });
const timingOverrides = new Map<string, Partial<Timing>>();

/** Shorter retries and leases for tests and the bench (the real values are minutes). Returns the undo. */
export function overrideJobTiming(name: string, timing: Partial<Timing>): () => void {
  timingOverrides.set(name, timing);
  return () => timingOverrides.delete(name);
}

/** How pg-boss writes its insert: through the caller's open transaction. */
export interface SqlRunner {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Puts a job on the queue inside the caller's Prisma transaction (the outbox): it becomes visible
 * to workers when the change that caused it commits, and vanishes with it on a rollback.
 * Returns the job's id, or null when `singletonKey` found one already waiting.
 */
export async function enqueueJob(tx: Tx, name: string, data: unknown, options: EnqueueOptions = {}): Promise<string | null> {
  const db: SqlRunner = {
    executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((v) => (v === undefined ? null : typeof v === "object" && v !== null && !(v instanceof Date) ? JSON.stringify(v) : v))) }),
  };
  return enqueueJobVia(db, name, data, options);
}

/** enqueueJob through any open transaction, e.g. a raw `pg` connection's (lib/webhooks/emit-pg.ts). */
export async function enqueueJobVia(db: SqlRunner, name: string, data: unknown, options: EnqueueOptions = {}): Promise<string | null> {
  const job = jobNamed(name);
  const parsed = job.data.parse(data) as object;
  const timing = { ...job, ...timingOverrides.get(name) };
  const id = await sender.send(name, parsed, {
    db,
    startAfter: options.startAfter,
    singletonKey: options.singletonKey,
    retryLimit: timing.retryLimit,
    retryDelay: timing.retryDelaySeconds,
    retryBackoff: timing.retryBackoff,
    expireInSeconds: timing.leaseSeconds,
  });
  if (id === null && !options.singletonKey) throw new Error(`Queue "${name}" does not exist: create it in a migration (see lib/jobs/all-jobs.ts)`);
  return id;
}
