// Every notification kind, end to end: notify() in a change's transaction, the worker, a real SMTP
// server (smtp-server, started here). Each kind reaches the two people it names, each in their own
// language, and nobody else; its link opens a real page.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { NOTIFICATION_KINDS } from "@/lib/enums";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { RunningWorker } from "@/lib/jobs/start-worker";
import { makeCase, makeUser } from "@/tests/support/factories";
import { routeExists } from "@/tests/support/route-exists";
import { startSmtpSink, type SmtpSink } from "@/tests/support/smtp-sink";
import { startTestWorker } from "@/tests/support/test-worker";
import { notify } from "./notify";

let sink: SmtpSink;
let worker: RunningWorker;
beforeAll(async () => {
  sink = await startSmtpSink();
  worker = await startTestWorker({ sink });
});
afterAll(async () => {
  await worker.stop(5_000);
  await sink.close();
  await prisma.$disconnect();
});

/** Where each kind's trigger points (lib/…/mutations.ts, the scan), without the locale. */
function pathFor(kind: NotificationKind, slug: string, taskId: string): string {
  switch (kind) {
    case "case_assigned":
    case "mention":
    case "comment_reply":
      return `/workspace/cases/${slug}`;
    case "task_assigned":
    case "task_due":
      return `/workspace/cases/${slug}/tasks/${taskId}`;
    case "webhook_disabled":
      return `/workspace/webhooks/${taskId}`;
    default:
      return `/workspace/cases/${slug}/workflow`;
  }
}

const PARAMS: Partial<Record<NotificationKind, Record<string, string>>> = {
  task_due: { dueOn: "2027-03-09" },
  proposal_waiting: { subject: "workflow" },
  proposal_decided: { subject: "publication", outcome: "approved" },
  clock_due: { state: "overdue", clock: "appeal_window", dueOn: "2027-03-09" },
};

describe("every notification kind by mail", () => {
  it("reaches exactly the people it names, once each, in their language, with a link to a real page", async () => {
    const actor = await makeUser("regulator");
    const bystander = await makeUser("regulator");
    const incident = await makeCase();
    const task = await prisma.task.create({ data: { incidentId: incident.id, title: "A task", assigneeId: actor.id } });
    const expected: { to: string; kind: NotificationKind; locale: "en" | "ko" }[] = [];
    for (const kind of NOTIFICATION_KINDS) {
      const [en, ko] = await Promise.all([makeUser("regulator"), makeUser("case_officer")]);
      await prisma.user.update({ where: { id: ko.id }, data: { locale: "ko" } });
      // Every kind mailed at once, whatever its default.
      await prisma.notificationPreference.createMany({ data: [en.id, ko.id].map((userId) => ({ userId, kind, delivery: "immediately" as const })) });
      const path = pathFor(kind, incident.slug, task.id);
      expect(routeExists(path), path).toBe(true);
      await prisma.$transaction((tx) => notify(tx, { kind, recipientIds: [en.id, ko.id, actor.id], actorId: actor.id, incidentId: incident.id, path, params: PARAMS[kind] }));
      expected.push({ to: en.email, kind, locale: "en" }, { to: ko.email, kind, locale: "ko" });
    }

    // The worker also sends what earlier test files left queued: wait for this test's own mails.
    const ours = () => sink.messages.filter((m) => expected.some((e) => m.rcptTo.includes(e.to)) || m.rcptTo.includes(actor.email) || m.rcptTo.includes(bystander.email));
    await vi.waitFor(() => expect(ours().length).toBeGreaterThanOrEqual(expected.length), { timeout: 60_000, interval: 200 });
    const received = ours();
    expect(received.map((m) => m.rcptTo.join(",")).sort()).toEqual(expected.map((e) => e.to).sort());

    // The sink has a mail a moment before its row says so.
    await vi.waitFor(async () => expect(await prisma.mailMessage.count({ where: { to: { in: expected.map((e) => e.to) }, status: "sending" } })).toBe(0), { timeout: 10_000, interval: 100 });
    const rows = await prisma.mailMessage.findMany({ where: { to: { in: expected.map((e) => e.to) } } });
    for (const e of expected) {
      const row = rows.find((r) => r.to === e.to);
      const message = received.find((m) => m.rcptTo.includes(e.to));
      expect(row, e.to).toMatchObject({ status: "sent", locale: e.locale });
      expect(message?.messageId).toBe(row?.messageId);
      expect(message?.subject).toBe(row?.subject);
      // Korean mails are written in Korean; every mail names the case and links to its page.
      expect(/[가-힣]/.test(row?.subject ?? ""), `${e.kind} ${e.locale}: ${row?.subject}`).toBe(e.locale === "ko");
      expect(row?.text).toContain(`/${e.locale}${pathFor(e.kind, incident.slug, task.id)}`);
      // A disabled webhook concerns no case.
      if (e.kind !== "webhook_disabled") expect(row?.text).toContain(incident.title);
    }
  });
});
