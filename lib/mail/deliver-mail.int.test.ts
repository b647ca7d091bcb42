// The mail.send job against a real SMTP server (tests/support/smtp-sink.ts) and real workers.
// Retries and leases are shortened (overrideJobTiming); every wait is on a condition.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { overrideJobTiming } from "@/lib/jobs/enqueue-job";
import type { RunningWorker } from "@/lib/jobs/start-worker";
import { unique } from "@/tests/support/factories";
import { startSmtpSink, type SmtpSink } from "@/tests/support/smtp-sink";
import { startTestWorker } from "@/tests/support/test-worker";
import { listMailProblems } from "./list-mail";
import { queueMail } from "./queue-mail";

let sink: SmtpSink;
let workers: RunningWorker[] = [];
const undoTiming = overrideJobTiming("mail.send", { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: true, leaseSeconds: 30 });

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop(5_000)));
  workers = [];
});
afterAll(async () => {
  undoTiming();
  await sink.close();
});

async function queue(to: string, subject = "Assigned to a case") {
  return prisma.$transaction((tx) => queueMail(tx, { recipientId: null, to, locale: "en", subject, text: `Open https://casefile.test/en/workspace\n${to}` }));
}

async function work(count = 1, batchSize?: number) {
  for (let i = 0; i < count; i++) workers.push(await startTestWorker({ sink, batchSize }));
}

const settle = { timeout: 60_000, interval: 200 };
async function jobsLeft(mailIds: string[]): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send' AND data->>'mailId' = ANY(${mailIds}) AND state < 'completed'`;
  return row?.n ?? 0;
}
const mailRow = (id: string) => prisma.mailMessage.findUniqueOrThrow({ where: { id } });

describe("sending the outbox", () => {
  it("delivers a mail with its To, Subject and the Message-ID stored on the row", async () => {
    const to = `${unique("to")}@test.casefile`;
    const id = await queue(to, "배정: 카카오페이 사건");
    await work();
    await vi.waitFor(async () => expect((await mailRow(id)).status).toBe("sent"), settle);
    const row = await mailRow(id);
    const got = sink.messages.filter((m) => m.rcptTo.includes(to));
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ to, subject: "배정: 카카오페이 사건", messageId: row.messageId });
    expect(row).toMatchObject({ attempts: 1, lastError: null });
    expect(row.messageId).toMatch(/^<[0-9a-f-]+@test\.example>$/);
  });

  it("keeps the error while the server is down and delivers once it is back", async () => {
    undoTiming();
    const undo = overrideJobTiming("mail.send", { retryLimit: 6, retryDelaySeconds: 1, retryBackoff: true, leaseSeconds: 30 });
    try {
      await sink.down();
      const to = `${unique("to")}@test.casefile`;
      const id = await queue(to);
      await work();
      await vi.waitFor(async () => expect(await mailRow(id)).toMatchObject({ status: "queued", lastError: expect.stringMatching(/ECONNECTION|ECONNREFUSED/) }), settle);
      const messageId = (await mailRow(id)).messageId;
      await sink.up();
      await vi.waitFor(async () => expect((await mailRow(id)).status).toBe("sent"), settle);
      const row = await mailRow(id);
      expect(row.attempts).toBeGreaterThanOrEqual(2);
      expect(row.lastError).toBeNull();
      expect(row.messageId).toBe(messageId);
      expect(sink.messages.filter((m) => m.rcptTo.includes(to)).map((m) => m.messageId)).toEqual([messageId]);
    } finally {
      undo();
      overrideJobTiming("mail.send", { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: true, leaseSeconds: 30 });
    }
  });

  it("ends a refused recipient `failed` after the retry limit, with the server's answer, on mail problems", async () => {
    const to = `${unique("refused")}@test.casefile`;
    sink.refuse(to);
    const id = await queue(to);
    await work();
    await vi.waitFor(async () => expect((await mailRow(id)).status).toBe("failed"), settle);
    const row = await mailRow(id);
    expect(row.attempts).toBe(3);
    expect(row.lastError).toMatch(/550.*Recipient address rejected/);
    expect(sink.messages.filter((m) => m.rcptTo.includes(to))).toEqual([]);
    const problems = await listMailProblems();
    expect(problems.find((p) => p.id === id)).toMatchObject({ to, status: "failed", attempts: 3 });
  });

  it("lists a mail waiting for its next attempt as a problem", async () => {
    const to = `${unique("refused")}@test.casefile`;
    sink.refuse(to);
    undoTiming();
    const undo = overrideJobTiming("mail.send", { retryLimit: 2, retryDelaySeconds: 600, retryBackoff: false, leaseSeconds: 30 });
    try {
      const id = await queue(to);
      await work();
      await vi.waitFor(async () => expect((await mailRow(id)).lastError).toMatch(/550/), settle);
      expect((await listMailProblems()).find((p) => p.id === id)).toMatchObject({ status: "queued", attempts: 1 });
    } finally {
      undo();
      overrideJobTiming("mail.send", { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: true, leaseSeconds: 30 });
    }
  });

  it("with two workers, delivers each of N mails exactly once", async () => {
    const batch = unique("batch");
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push(await queue(`${batch}-${i}@test.casefile`));
    // Both workers and a second job for every mail: a redelivered job must not send twice either.
    await prisma.$transaction(async (tx) => {
      const { enqueueJob } = await import("@/lib/jobs/enqueue-job");
      for (const mailId of ids) await enqueueJob(tx, "mail.send", { mailId });
    });
    await work(2, 5);
    await vi.waitFor(async () => expect(await prisma.mailMessage.count({ where: { id: { in: ids }, status: "sent" } })).toBe(ids.length), settle);
    // …and every job, the second ones included, has run.
    await vi.waitFor(async () => expect(await jobsLeft(ids)).toBe(0), settle);
    const got = sink.messages.filter((m) => m.rcptTo.some((r) => r.startsWith(batch)));
    expect(got).toHaveLength(ids.length);
    expect(new Set(got.map((m) => m.to)).size).toBe(ids.length);
    expect(new Set(got.map((m) => m.messageId)).size).toBe(ids.length);
  });

  it("keeps mails unsent, `kept`, when no SMTP server is configured", async () => {
    const to = `${unique("demo")}@test.casefile`;
    const id = await queue(to);
    workers.push(await startTestWorker());
    await vi.waitFor(async () => expect((await mailRow(id)).status).toBe("kept"), settle);
    expect(sink.messages.filter((m) => m.rcptTo.includes(to))).toEqual([]);
  });
});
