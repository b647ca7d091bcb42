// npm run bench:mail
//
// Issue 16's mail target: at least 200 messages a second from the outbox to a local SMTP server.
// A fresh migrated database (embedded PostgreSQL, or DATABASE_URL's server), the local
// smtp-server sink of the tests, N mails queued the way the app queues them (queueMail: the row
// and its mail.send job in one transaction, 100 per transaction), then the worker started in this
// process (pg-boss, nodemailer's pooled SMTP transport) and timed from its start until the last
// row is `sent`; every message is checked to have arrived exactly once. Results go to
// bench/results/mail-throughput.json and docs/performance.md.
//
// BENCH_MAILS (2000), WORKER_BATCH_SIZE (100), WORKER_CONCURRENCY (4), SMTP_MAX_CONNECTIONS (20).
// What limits it is SMTP round trips per connection (each mail is MAIL FROM, RCPT TO and DATA,
// each waiting for the server's answer): nodemailer alone to this sink manages about 100 mails/s
// over 5 connections and 210 over 10, so the connection count sets the pace.
import { loadavg } from "node:os";
import { createPrismaClient } from "@/lib/db/create-client";
import { allJobs } from "@/lib/jobs/all-jobs";
import { startWorker } from "@/lib/jobs/start-worker";
import { createMailer } from "@/lib/mail/mailer";
import { queueMail } from "@/lib/mail/queue-mail";
import { startSmtpSink } from "@/tests/support/smtp-sink";
import { createTestDatabase } from "@/tests/support/test-database";
import { writeResults } from "./lib/results";

const MAILS = Number(process.env.BENCH_MAILS ?? 2_000);
const BATCH = Number(process.env.WORKER_BATCH_SIZE ?? 100);
const CONCURRENCY = Number(process.env.WORKER_CONCURRENCY ?? 4);
const CONNECTIONS = Number(process.env.SMTP_MAX_CONNECTIONS ?? 20);

const database = await createTestDatabase("bench_mail");
const db = createPrismaClient({ url: database.url });
const sink = await startSmtpSink();
try {
  for (let i = 0; i < MAILS; i += 100) {
    await db.$transaction(async (tx) => {
      for (let j = i; j < Math.min(MAILS, i + 100); j++) {
        await queueMail(tx, { recipientId: null, to: `officer-${j}@bench.example`, locale: j % 2 ? "ko" : "en", subject: j % 2 ? `기한 임박: 사건 ${j}` : `Deadline soon: case ${j}`, text: `https://casefile.example/en/workspace/cases/demo-${j}` });
      }
    });
  }
  const mailer = createMailer({ smtpUrl: sink.url, from: "Casefile <casefile@bench.example>", maxConnections: CONNECTIONS });
  const started = performance.now();
  const worker = await startWorker({ databaseUrl: database.url, db, mailer, jobs: allJobs, batchSize: BATCH, concurrency: CONCURRENCY, pollingIntervalSeconds: 0.5, schedule: false });
  let sent = 0;
  while (sent < MAILS) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    sent = await db.mailMessage.count({ where: { status: "sent" } });
  }
  const seconds = (performance.now() - started) / 1000;
  await worker.stop(5_000);
  mailer.close();
  const unique = new Set(sink.messages.map((m) => m.messageId)).size;
  if (sink.messages.length !== MAILS || unique !== MAILS) throw new Error(`Expected ${MAILS} messages once each; the sink has ${sink.messages.length} (${unique} distinct)`);
  writeResults("mail-throughput", {
    measuredAt: new Date().toISOString(),
    mails: MAILS,
    seconds: Number(seconds.toFixed(2)),
    messagesPerSecond: Math.round(MAILS / seconds),
    settings: { batchSize: BATCH, fetchLoops: CONCURRENCY, smtpConnections: CONNECTIONS, pollingIntervalSeconds: 0.5 },
    machine: "2 cores shared with other work; PostgreSQL, the worker and the SMTP sink on the same machine",
    loadAverage1m: Number(loadavg()[0]?.toFixed(2)),
  });
} finally {
  await db.$disconnect();
  await sink.close();
  await database.dispose();
}
