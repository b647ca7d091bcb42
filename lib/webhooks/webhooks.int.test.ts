// Webhooks end to end: the subscription form's rules, emission from a real mutation, the worker
// (tests/support/test-worker.ts), a receiver on loopback that verifies every signature with the
// Standard Webhooks reference library, retries, giving up and disabling, replay, and visibility.
import { Readable } from "node:stream";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { createCaseAction } from "@/lib/cases/create-case";
import { prisma } from "@/lib/db/prisma";
import { runSeriesImport } from "@/lib/series/import/run-import";
import { defaultSelection } from "@/lib/publishing/build-snapshot";
import { publishingActions } from "@/lib/publishing/mutations";
import { workflowActions } from "@/lib/workflow/mutations";
import type { RunningWorker } from "@/lib/jobs/start-worker";
import { deleteCasesOpenedHere } from "@/tests/support/cases-opened-here";
import { makeCase, makeViewer, unique } from "@/tests/support/factories";
import { startTestWorker } from "@/tests/support/test-worker";
import { startWebhookReceiver, type Received, type WebhookReceiver } from "@/tests/support/webhook-receiver";
import { deliverWebhook } from "./deliver";
import { emitWebhookEvent, fanOutData } from "./emit";
import type { WebhookEvent } from "./events";
import { fanOut } from "./fan-out";
import { PAUSED_ERROR, webhookActions } from "./mutations";
import { overrideWebhookTiming } from "./retry-schedule";

let receiver: WebhookReceiver;
let worker: RunningWorker;
let regulator: Viewer;
let undoTiming: () => void;
const ALLOW = "WEBHOOKS_ALLOW_PRIVATE_TARGETS";

deleteCasesOpenedHere();
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  regulator = await makeViewer("regulator");
  // Seconds instead of hours: retry after 0.3 s, give up 2 s after the first attempt, and
  // disable a subscription at its first give-up.
  undoTiming = overrideWebhookTiming({ delaysSeconds: [0.3], giveUpAfterSeconds: 2, disableAfterFailingSeconds: 0 });
  worker = await startTestWorker();
});
afterAll(async () => {
  await prisma.webhookSubscription.updateMany({ data: { enabled: false } });
  await worker.stop(5_000);
  await receiver.close();
  undoTiming();
  delete process.env[ALLOW];
  await prisma.$disconnect();
});

async function subscribe(owner: Viewer, path: string, events: WebhookEvent[] = ["case.opened"]) {
  process.env[ALLOW] = "true";
  const result = await executeAction(owner, webhookActions.create, { url: receiver.url(path), events });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return prisma.webhookSubscription.findUniqueOrThrow({ where: { id: result.data.id } });
}

const emit = (incidentId: string, type: WebhookEvent = "case.opened") => prisma.$transaction((tx) => emitWebhookEvent(tx, { type, incidentId }));

function verified(secret: string, request: Received) {
  return new Webhook(secret).verify(request.body, request.headers) as { type: string; data: { case: { id: string } } };
}

/** Lets the worker run a few polls, then reads what the receiver has for `path`. */
const settle = async (path: string) => {
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  return receiver.received.filter((r) => r.path === path);
};

describe("subscribing", () => {
  it.each([
    ["https://127.0.0.1/hook", "privateAddress"],
    ["https://169.254.169.254/latest/meta-data", "privateAddress"],
    ["https://[::1]/hook", "privateAddress"],
    ["https://localhost/hook", "privateAddress"],
    ["http://hooks.example.org/hook", "httpsOnly"],
    ["https://user:secret@hooks.example.org/hook", "invalidUrl"],
  ])("refuses %s with a clear message and writes nothing", async (url, reason) => {
    delete process.env[ALLOW];
    const before = await prisma.webhookSubscription.count();
    const result = await executeAction(regulator, webhookActions.create, { url, events: ["case.opened"] });
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { url: [`validation.webhooks.${reason}`] } });
    expect(await prisma.webhookSubscription.count()).toBe(before);
  });

  it("refuses no events, unknown events and unknown fields; a case officer may not subscribe", async () => {
    process.env[ALLOW] = "true";
    for (const input of [{ url: receiver.url("/x"), events: [] }, { url: receiver.url("/x"), events: ["case.eaten"] }, { url: receiver.url("/x"), events: ["case.opened"], ownerId: "someone" }]) {
      expect(await executeAction(regulator, webhookActions.create, input)).toMatchObject({ ok: false, error: "invalid" });
    }
    const officer = await makeViewer("case_officer");
    expect(await executeAction(officer, webhookActions.create, { url: receiver.url("/x"), events: ["case.opened"] })).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("stores a Standard Webhooks secret and audits the subscription without it", async () => {
    const subscription = await subscribe(regulator, `/${unique("audit")}`);
    expect(subscription.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const row = await prisma.auditEvent.findFirstOrThrow({ where: { action: "webhook.created", entityId: subscription.id } });
    expect(JSON.stringify([row.before, row.after])).not.toContain(subscription.secret);
    expect(row.after).toMatchObject({ url: subscription.url, events: ["case.opened"] });
    await prisma.webhookSubscription.update({ where: { id: subscription.id }, data: { enabled: false } });
  });
});

describe("delivering", () => {
  it("retries after a 500 with the same webhook-id, verifies, and never sends that id again after a 200", async () => {
    const path = `/${unique("retry")}`;
    const subscription = await subscribe(regulator, path);
    receiver.answer(path, [500]);
    const opened = await executeAction(regulator, createCaseAction, {
      title: `${unique("Webhook")} case`,
      titleKo: "",
      summary: "Opened to see a webhook.",
      summaryKo: "",
      slug: unique("hook"),
      investigated: { mode: "new", name: unique("Hook Org"), nameKo: "", kind: "company" },
      authority: null,
      origin: "media_report",
      receivedOn: "2024-08-13",
      conductStart: "",
      conductStartPrecision: "day",
      conductEnd: "",
      conductEndPrecision: "day",
      jurisdiction: "KR",
      legalBasisExamined: "",
      officerIds: [],
      confirmedNew: true,
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const [first, second] = await receiver.waitFor(path, 2);
    expect(first!.headers["webhook-id"]).toBe(second!.headers["webhook-id"]);
    for (const request of [first!, second!]) expect(verified(subscription.secret, request)).toMatchObject({ type: "case.opened", data: { case: { id: opened.data.id, slug: opened.data.slug } } });
    expect(() => new Webhook(`whsec_${Buffer.from("another key of 24 bytes!").toString("base64")}`).verify(first!.body, first!.headers)).toThrow();

    expect(await settle(path)).toHaveLength(2);
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: subscription.id } });
    expect(delivery).toMatchObject({ status: "delivered", attempts: 2, lastStatusCode: 200, messageId: first!.headers["webhook-id"] });
    // A job for it run again (a lost lease, a duplicate) finds nothing to send.
    expect(await deliverWebhook({ db: prisma, leaseSeconds: 30 }, delivery.id)).toBe("taken");
    expect(receiver.received.filter((r) => r.path === path)).toHaveLength(2);
  });

  it("replays a delivery from the log as a new message, only for the subscription's owner", async () => {
    const path = `/${unique("replay")}`;
    const subscription = await subscribe(regulator, path);
    const incident = await makeCase();
    await emit(incident.id);
    const [original] = await receiver.waitFor(path, 1);
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: subscription.id } });

    const stranger = await makeViewer("regulator");
    expect(await executeAction(stranger, webhookActions.replay, { deliveryId: delivery.id })).toMatchObject({ ok: false, error: "not_found" });
    const replayed = await executeAction(regulator, webhookActions.replay, { deliveryId: delivery.id });
    expect(replayed.ok).toBe(true);
    const [, again] = await receiver.waitFor(path, 2);
    expect(again!.headers["webhook-id"]).not.toBe(original!.headers["webhook-id"]);
    expect(verified(subscription.secret, again!)).toEqual(verified(subscription.secret, original!));
    expect(await prisma.auditEvent.count({ where: { action: "webhook.replayed", entityId: subscription.id } })).toBe(1);
  });

  it("gives up, then disables a subscription that keeps failing, and tells its owner", async () => {
    const path = `/${unique("down")}`;
    const subscription = await subscribe(regulator, path);
    receiver.answer(path, Array(100).fill(500));
    await emit((await makeCase()).id);
    await expect.poll(() => prisma.webhookSubscription.findUniqueOrThrow({ where: { id: subscription.id } }).then((s) => s.enabled), { timeout: 30_000, interval: 250 }).toBe(false);
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: subscription.id } });
    expect(delivery.status).toBe("given_up");
    expect(delivery.attempts).toBeGreaterThanOrEqual(2);
    expect(delivery.lastStatusCode).toBe(500);
    expect(await prisma.notification.count({ where: { recipientId: regulator.id, kind: "webhook_disabled", path: `/workspace/webhooks/${subscription.id}` } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "webhook.disabled", entityId: subscription.id } })).toBe(1);

    // A disabled subscription receives nothing more; enabled again, it does.
    const count = receiver.received.filter((r) => r.path === path).length;
    await emit((await makeCase()).id);
    expect(await settle(path)).toHaveLength(count);
    receiver.answer(path, []);
    expect(await executeAction(regulator, webhookActions.enable, { subscriptionId: subscription.id, version: subscription.version })).toMatchObject({ ok: false, error: "conflict" });
    const current = await prisma.webhookSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(await executeAction(regulator, webhookActions.enable, { subscriptionId: subscription.id, version: current.version })).toMatchObject({ ok: true });
    await emit((await makeCase()).id);
    await receiver.waitFor(path, count + 1);
  });
});

describe("emission", () => {
  it("announces a workflow step with its states, after the step commits", async () => {
    const path = `/${unique("step")}`;
    const subscription = await subscribe(regulator, path, ["case.state_changed"]);
    const incident = await makeCase();
    const day = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    const result = await executeAction(regulator, workflowActions.request, { incidentId: incident.id, expectedState: "reported", transition: "openInspection", reason: "Inspection began.", inspectionStartedOn: day });
    expect(result).toMatchObject({ ok: true, data: { kind: "transitioned" } });
    const [message] = await receiver.waitFor(path, 1);
    expect(verified(subscription.secret, message!)).toMatchObject({ type: "case.state_changed", data: { case: { id: incident.id }, from: "reported", to: "under_inspection", transition: "openInspection" } });
  });

  it("announces a committed series import with its counts, from the importer's own connection", async () => {
    const path = `/${unique("import")}`;
    const subscription = await subscribe(regulator, path, ["series.imported"]);
    const created = await makeCase();
    const incident = await prisma.incident.update({ where: { id: created.id }, data: { conductStart: new Date("2020-01-01T00:00:00Z"), conductStartPrecision: "month", conductEnd: new Date("2020-12-31T00:00:00Z"), conductEndPrecision: "month" } });
    const outcome = await runSeriesImport({
      databaseUrl: inject("databaseUrl"),
      source: Readable.from([Buffer.from("day,records\n2020-03-01,5\n2020-03-02,6\n")]),
      incident: { id: incident.id },
      defaultProvenance: "reported",
      actor: { id: null, label: "test" },
      fileName: "hook.csv",
    });
    expect(outcome.ok).toBe(true);
    const [message] = await receiver.waitFor(path, 1);
    expect(verified(subscription.secret, message!)).toMatchObject({ type: "series.imported", data: { case: { id: incident.id, slug: incident.slug }, added: 2, changed: 0, unchanged: 0 } });
  });
});

describe("proposals", () => {
  it("a publication proposal announces proposal.waiting, saying it is a publication and which version", async () => {
    const path = `/${unique("proposal")}`;
    const subscription = await subscribe(regulator, path, ["proposal.waiting"]);
    const incident = await makeCase();
    const proposed = await executeAction(regulator, publishingActions.propose, { incidentId: incident.id, selection: await defaultSelection(prisma, incident.id) });
    expect(proposed).toMatchObject({ ok: true });
    const [message] = await receiver.waitFor(path, 1);
    expect(verified(subscription.secret, message!)).toMatchObject({ type: "proposal.waiting", data: { case: { id: incident.id, slug: incident.slug }, subject: "publication", version: 1 } });
  });
});

describe("owner controls", () => {
  const version = async (id: string) => (await prisma.webhookSubscription.findUniqueOrThrow({ where: { id } })).version;
  const waitingDelivery = (subscriptionId: string, incidentId: string) =>
    prisma.webhookDelivery.create({ data: { subscriptionId, messageId: `msg_${unique("wait")}`, eventType: "case.opened", incidentId, payload: { type: "case.opened" } } });

  it("pausing gives up what was waiting, sends nothing more, and is undone by enabling; stale, foreign and repeated pauses change nothing", async () => {
    const path = `/${unique("pause")}`;
    const subscription = await subscribe(regulator, path);
    const incident = await makeCase();
    // Stops the worker from reaching this row first: it is waiting, with no job queued for it.
    const waiting = await waitingDelivery(subscription.id, incident.id);
    const stranger = await makeViewer("regulator");
    expect(await executeAction(stranger, webhookActions.pause, { subscriptionId: subscription.id, version: subscription.version })).toMatchObject({ ok: false, error: "not_found" });
    expect(await executeAction(regulator, webhookActions.pause, { subscriptionId: subscription.id, version: subscription.version + 3 })).toMatchObject({ ok: false, error: "conflict" });
    expect(await prisma.webhookSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).toMatchObject({ enabled: true, version: subscription.version });

    expect(await executeAction(regulator, webhookActions.pause, { subscriptionId: subscription.id, version: subscription.version })).toMatchObject({ ok: true });
    expect(await prisma.webhookSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).toMatchObject({ enabled: false, disabledReason: "paused", version: subscription.version + 1 });
    expect(await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "given_up", lastError: PAUSED_ERROR });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "webhook.paused", entityId: subscription.id } });
    expect(audit).toMatchObject({ actorId: regulator.id, before: expect.objectContaining({ enabled: true }), after: expect.objectContaining({ enabled: false, disabledReason: "paused" }) });
    expect(await executeAction(regulator, webhookActions.pause, { subscriptionId: subscription.id, version: subscription.version + 1 })).toMatchObject({ ok: false, error: "conflict", message: "webhooks.alreadyPaused" });

    // An event while paused makes no delivery for it; a job for a row that slipped in sends nothing.
    await fanOut(prisma, fanOutData({ type: "case.opened", incidentId: incident.id }, new Date()));
    expect(await prisma.webhookDelivery.count({ where: { subscriptionId: subscription.id } })).toBe(1);
    const slipped = await waitingDelivery(subscription.id, incident.id);
    expect(await deliverWebhook({ db: prisma, leaseSeconds: 30 }, slipped.id)).toBe("disabled");
    expect(receiver.received.filter((r) => r.path === path)).toHaveLength(0);

    expect(await executeAction(regulator, webhookActions.enable, { subscriptionId: subscription.id, version: subscription.version + 1 })).toMatchObject({ ok: true });
    await emit(incident.id);
    await receiver.waitFor(path, 1);
  });

  it("a new secret signs every later message and the old one none; the trail holds neither", async () => {
    const path = `/${unique("rotate")}`;
    const subscription = await subscribe(regulator, path);
    const admin = await makeViewer("admin");
    // An administrator may rotate another user's secret (they still never see it).
    expect(await executeAction(admin, webhookActions.rotateSecret, { subscriptionId: subscription.id, version: subscription.version })).toMatchObject({ ok: true });
    const rotated = await prisma.webhookSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(rotated.secret).not.toBe(subscription.secret);
    expect(rotated.version).toBe(subscription.version + 1);
    const incident = await makeCase();
    await emit(incident.id);
    const [message] = await receiver.waitFor(path, 1);
    expect(verified(rotated.secret, message!).data.case.id).toBe(incident.id);
    expect(() => verified(subscription.secret, message!)).toThrow();
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "webhook.secret_rotated", entityId: subscription.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify([audit.before, audit.after])).not.toMatch(/whsec_/);
    expect(await executeAction(regulator, webhookActions.rotateSecret, { subscriptionId: subscription.id, version: subscription.version })).toMatchObject({ ok: false, error: "conflict" });
  });

  it("deleting removes the subscription and its log, audits what it was, and a job for its delivery finds nothing", async () => {
    const path = `/${unique("delete")}`;
    const subscription = await subscribe(regulator, path);
    const incident = await makeCase();
    const waiting = await waitingDelivery(subscription.id, incident.id);
    const stranger = await makeViewer("regulator");
    expect(await executeAction(stranger, webhookActions.delete, { subscriptionId: subscription.id, version: subscription.version })).toMatchObject({ ok: false, error: "not_found" });
    expect(await executeAction(regulator, webhookActions.delete, { subscriptionId: subscription.id, version: subscription.version + 5 })).toMatchObject({ ok: false, error: "conflict" });
    expect(await prisma.webhookSubscription.count({ where: { id: subscription.id } })).toBe(1);

    expect(await executeAction(regulator, webhookActions.delete, { subscriptionId: subscription.id, version: await version(subscription.id) })).toMatchObject({ ok: true });
    expect(await prisma.webhookSubscription.count({ where: { id: subscription.id } })).toBe(0);
    expect(await prisma.webhookDelivery.count({ where: { subscriptionId: subscription.id } })).toBe(0);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "webhook.deleted", entityId: subscription.id } });
    expect(audit.before).toMatchObject({ url: subscription.url, events: ["case.opened"], ownerId: regulator.id, deliveries: 1 });
    expect(JSON.stringify(audit.before)).not.toContain(subscription.secret);
    expect(await deliverWebhook({ db: prisma, leaseSeconds: 30 }, waiting.id)).toBe("taken");
    expect(receiver.received.filter((r) => r.path === path)).toHaveLength(0);
  });
});

describe("visibility", () => {
  it("sends an owner only the cases they may see now, and nothing once they are deactivated", async () => {
    const owner = await makeViewer("regulator");
    const path = `/${unique("visible")}`;
    const subscription = await subscribe(owner, path);
    // The owner becomes a case officer: from now on, only their assigned cases reach them.
    await prisma.user.update({ where: { id: owner.id }, data: { role: "case_officer" } });
    const hidden = await makeCase();
    const assigned = await makeCase({ assignTo: [owner.id] });
    await emit(hidden.id);
    await emit(assigned.id);
    const got = await receiver.waitFor(path, 1);
    expect(await settle(path)).toHaveLength(1);
    expect(verified(subscription.secret, got[0]!).data.case.id).toBe(assigned.id);
    expect(await prisma.webhookDelivery.count({ where: { subscriptionId: subscription.id, incidentId: hidden.id } })).toBe(0);

    await prisma.user.update({ where: { id: owner.id }, data: { active: false } });
    await emit(assigned.id);
    expect(await settle(path)).toHaveLength(1);
  });
});
