// The worker process (`npm run worker`'s script) killed with SIGKILL while a mail is on the wire
// (the SMTP server holds its DATA without answering): once the job's lease runs out another
// worker delivers it, exactly once, with the Message-ID fixed before the first attempt.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { overrideJobTiming } from "@/lib/jobs/enqueue-job";
import { startSmtpSink, type SmtpSink } from "@/tests/support/smtp-sink";
import { closeFaultCase, configureAppDatabase, startFaultDatabase, type FaultDatabase } from "./support/fault-database";

const root = path.resolve(import.meta.dirname, "../..");
let db: FaultDatabase;
let sink: SmtpSink;
const children: ChildProcess[] = [];

function startWorkerProcess(): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/allow-server-only.mjs", "scripts/worker.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: db.url, SMTP_URL: sink.url, MAIL_FROM: "Casefile <casefile@faults.example>", WORKER_POLL_SECONDS: "0.5", WORKER_MAINTENANCE_SECONDS: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  children.push(child);
  return { child, output: () => output };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));

beforeAll(async () => {
  db = await startFaultDatabase("mail-worker");
  configureAppDatabase(db, { poolSize: 4, poolTimeoutMs: 5_000, statementTimeoutMs: 15_000 });
  sink = await startSmtpSink();
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await sink?.close();
  await closeFaultCase(db);
});

describe("a worker killed while sending", () => {
  it("leaves the mail to another worker after the lease, which delivers it exactly once", async () => {
    const { prisma } = await import("@/lib/db/prisma");
    const { queueMail } = await import("@/lib/mail/queue-mail");
    const undo = overrideJobTiming("mail.send", { leaseSeconds: 4, retryLimit: 3, retryDelaySeconds: 1, retryBackoff: false });
    const to = "officer@faults.example";
    const mailId = await prisma.$transaction((tx) => queueMail(tx, { recipientId: null, to, locale: "ko", subject: "기한 임박", text: "https://casefile.test/ko/workspace" }));
    undo();
    sink.stallData();

    const first = startWorkerProcess();
    await vi.waitFor(() => expect(sink.stalled, first.output()).toBe(1), { timeout: 90_000, interval: 100 });
    const sending = await prisma.mailMessage.findUniqueOrThrow({ where: { id: mailId } });
    expect(sending).toMatchObject({ status: "sending", attempts: 1 });
    first.child.kill("SIGKILL");
    await exited(first.child);
    sink.release();

    const second = startWorkerProcess();
    await vi.waitFor(async () => expect((await prisma.mailMessage.findUniqueOrThrow({ where: { id: mailId } })).status, second.output()).toBe("sent"), { timeout: 90_000, interval: 200 });
    const sent = await prisma.mailMessage.findUniqueOrThrow({ where: { id: mailId } });
    expect(sent.attempts).toBe(2);
    expect(sent.messageId).toBe(sending.messageId);
    const delivered = sink.messages.filter((m) => m.rcptTo.includes(to));
    expect(delivered.map((m) => m.messageId)).toEqual([sending.messageId]);
    expect(delivered[0]?.subject).toBe("기한 임박");

    // And SIGTERM stops a worker cleanly.
    second.child.kill("SIGTERM");
    expect(await exited(second.child)).toBe(0);
    expect(second.output()).toContain("[worker] Stopped.");
  });
});
