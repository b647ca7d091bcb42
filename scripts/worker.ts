// `npm run worker`: the background jobs (lib/jobs/all-jobs.ts): sending mail and the scheduled
// jobs. `npm start` runs it beside the web server; in production it can run alone, as many
// copies as wanted (a mail is never sent twice), with the web server's environment.
//
//   DATABASE_URL  the app's database (unset: the embedded one of a running `npm start`)
//   SMTP_URL      where mail goes; unset, mails are kept, not sent, and read at /admin/mail
//   MAIL_FROM     the From of every mail
//   SMTP_MAX_CONNECTIONS (5) connections kept open to the mail server
//   WORKER_BATCH_SIZE (20), WORKER_CONCURRENCY (2 fetch loops per queue), WORKER_POLL_SECONDS (2)
//
// SIGTERM or SIGINT: stop taking jobs, let those in hand finish (up to 8 s), exit 0. A job cut
// off by a crash is retried by another worker once its lease runs out.
import { createPrismaClient } from "@/lib/db/create-client";
import { parseMailEnv } from "@/lib/env-schema";
import { allJobs } from "@/lib/jobs/all-jobs";
import { startWorker } from "@/lib/jobs/start-worker";
import { createMailer } from "@/lib/mail/mailer";
import { runningEmbeddedUrl } from "./db/embedded-runtime";

const say = (line: string) => console.log(`[worker] ${line}`);

const url = process.env.DATABASE_URL ?? runningEmbeddedUrl();
if (!url) {
  console.error("[worker] No database: set DATABASE_URL, or run `npm start` so the embedded PostgreSQL is up.");
  process.exit(2);
}
let mail: ReturnType<typeof parseMailEnv>;
try {
  mail = parseMailEnv(process.env);
} catch (error) {
  console.error(`[worker] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const db = createPrismaClient({ url });
const mailer = mail.SMTP_URL ? createMailer({ smtpUrl: mail.SMTP_URL, from: mail.MAIL_FROM, maxConnections: mail.SMTP_MAX_CONNECTIONS }) : null;
const worker = await startWorker({
  databaseUrl: url,
  db,
  mailer,
  jobs: allJobs,
  batchSize: Number(process.env.WORKER_BATCH_SIZE ?? 20),
  concurrency: Number(process.env.WORKER_CONCURRENCY ?? 2),
  pollingIntervalSeconds: Number(process.env.WORKER_POLL_SECONDS ?? 2),
  maintenanceIntervalSeconds: process.env.WORKER_MAINTENANCE_SECONDS ? Number(process.env.WORKER_MAINTENANCE_SECONDS) : undefined,
});
say(`Working ${allJobs.map((j) => j.name).join(", ")}; mail ${mailer ? `over ${new URL(mail.SMTP_URL ?? "").host}` : "kept, not sent (no SMTP_URL): read it at /admin/mail"}.`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    say("Stopping: finishing the jobs in hand…");
    // Inside the 10 s `npm start` allows before SIGKILL; a mail cut off is sent again after its lease.
    void worker
      .stop(8_000)
      .then(async () => {
        mailer?.close();
        await db.$disconnect();
        say("Stopped.");
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error(`[worker] ${String(error)}`);
        process.exit(1);
      });
  });
}
