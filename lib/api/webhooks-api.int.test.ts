// /api/v1/webhooks driven through its real route handlers with real tokens: the scope and the
// owner's permission, another user's subscription is "not found", an address the outbound rules
// refuse is a problem document with nothing written, bodies are strict, the versioned writes
// need If-Match, and every answer goes through the same definitions as the subscription page.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { apiTokenActions } from "@/lib/api-tokens/mutations";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import { makeCase, makeViewer, unique } from "@/tests/support/factories";
import * as listRoute from "@/app/api/v1/webhooks/route";
import * as oneRoute from "@/app/api/v1/webhooks/[webhookId]/route";
import * as enableRoute from "@/app/api/v1/webhooks/[webhookId]/enable/route";
import * as pauseRoute from "@/app/api/v1/webhooks/[webhookId]/pause/route";
import * as rotateRoute from "@/app/api/v1/webhooks/[webhookId]/rotate-secret/route";
import * as replayRoute from "@/app/api/v1/webhooks/[webhookId]/deliveries/[deliveryId]/replay/route";

const ALLOW = "WEBHOOKS_ALLOW_PRIVATE_TARGETS";
let owner: Viewer;
let stranger: Viewer;
let admin: Viewer;
let officer: Viewer;

beforeAll(async () => {
  [owner, stranger, admin, officer] = await Promise.all([makeViewer("regulator"), makeViewer("regulator"), makeViewer("admin"), makeViewer("case_officer")]);
});
afterAll(async () => {
  // Nothing created here may be tried later by another file's worker.
  await prisma.webhookSubscription.deleteMany({ where: { ownerId: { in: [owner.id, stranger.id, admin.id] } } });
  delete process.env[ALLOW];
  await prisma.$disconnect();
});

async function tokenFor(viewer: Viewer, scopes: ApiScope[]) {
  const result = await executeAction(viewer, apiTokenActions.createPersonal, { name: unique("hooks"), scopes, lifetimeDays: 30 });
  if (!result.ok) throw new Error(result.message);
  return result.data.secret;
}

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;
async function call<P>(handler: Handler<P>, options: { token: string; params?: P; method?: string; body?: unknown; ifMatch?: string }) {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.ifMatch !== undefined) headers["if-match"] = options.ifMatch;
  const request = new NextRequest("http://localhost/api/v1/webhooks", { method: options.method ?? (options.body === undefined ? "GET" : "POST"), headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const response = await handler(request, { params: Promise.resolve(options.params ?? ({} as P)) });
  return { response, json: (await response.json()) as Record<string, unknown> };
}

const hookUrl = () => `https://127.0.0.1:9/${unique("api-hook")}`;
const written = async () => [await prisma.webhookSubscription.count(), await prisma.auditEvent.count({ where: { action: { startsWith: "webhook." } } })];

async function subscribe(token: string) {
  process.env[ALLOW] = "true";
  const created = await call(listRoute.POST, { token, body: { url: hookUrl(), events: ["series.imported"] } });
  expect(created.response.status).toBe(201);
  return created.json as { id: string; url: string; version: number; secret: string };
}

describe("who may", () => {
  it("a token without webhooks:manage is 403 and writes nothing; a case officer's token is refused by the permission", async () => {
    const reader = await tokenFor(owner, ["cases:read", "cases:write"]);
    const before = await written();
    for (const { response, json } of [await call(listRoute.GET, { token: reader }), await call(listRoute.POST, { token: reader, body: { url: hookUrl(), events: ["case.opened"] } })]) {
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(json).toMatchObject({ type: "urn:casefile:problem:insufficient-scope", requiredScope: "webhooks:manage" });
    }
    const officerToken = await tokenFor(officer, ["webhooks:manage"]);
    const refused = await call(listRoute.POST, { token: officerToken, body: { url: hookUrl(), events: ["case.opened"] } });
    expect(refused.response.status).toBe(403);
    expect(refused.json.type).toBe("urn:casefile:problem:forbidden");
    expect(await written()).toEqual(before);
  });

  it("another user's subscription is not found for every route; an administrator's token reaches it", async () => {
    const mine = await subscribe(await tokenFor(owner, ["webhooks:manage"]));
    const delivery = await prisma.webhookDelivery.create({ data: { subscriptionId: mine.id, messageId: `msg_${unique("x")}`, eventType: "series.imported", payload: { type: "series.imported" }, status: "delivered" } });
    const theirs = await tokenFor(stranger, ["webhooks:manage"]);
    const before = await written();
    const params = { webhookId: mine.id };
    const answers = [
      await call(oneRoute.GET, { token: theirs, params }),
      await call(oneRoute.DELETE, { token: theirs, params, method: "DELETE", ifMatch: `"${mine.version}"` }),
      await call(pauseRoute.POST, { token: theirs, params, method: "POST", ifMatch: `"${mine.version}"` }),
      await call(enableRoute.POST, { token: theirs, params, method: "POST", ifMatch: `"${mine.version}"` }),
      await call(rotateRoute.POST, { token: theirs, params, method: "POST", ifMatch: `"${mine.version}"` }),
      await call(replayRoute.POST, { token: theirs, params: { webhookId: mine.id, deliveryId: delivery.id }, method: "POST" }),
    ];
    for (const { response, json } of answers) {
      expect(response.status).toBe(404);
      expect(json.type).toBe("urn:casefile:problem:not-found");
    }
    expect(await written()).toEqual(before);
    const list = await call(listRoute.GET, { token: theirs });
    expect((list.json.items as { id: string }[]).map((i) => i.id)).not.toContain(mine.id);

    const adminToken = await tokenFor(admin, ["webhooks:manage"]);
    const read = await call(oneRoute.GET, { token: adminToken, params });
    expect(read.response.status).toBe(200);
    expect(read.json).not.toHaveProperty("secret");
    expect(((await call(listRoute.GET, { token: adminToken })).json.items as { id: string }[]).map((i) => i.id)).toContain(mine.id);
  });
});

describe("subscribing", () => {
  it("answers 201 with the id and the secret, audited without it; reading never returns the secret", async () => {
    const token = await tokenFor(owner, ["webhooks:manage"]);
    const created = await subscribe(token);
    const stored = await prisma.webhookSubscription.findUniqueOrThrow({ where: { id: created.id } });
    expect(created).toMatchObject({ id: stored.id, url: stored.url, secret: stored.secret, enabled: true, events: ["series.imported"] });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "webhook.created", entityId: created.id } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(stored.secret);
    const read = await call(oneRoute.GET, { token, params: { webhookId: created.id } });
    expect(read.response.headers.get("etag")).toBe(`"${stored.version}"`);
    expect(read.json).toMatchObject({ id: created.id, deliveries: [] });
    expect(JSON.stringify(read.json)).not.toContain(stored.secret);
  });

  it.each([
    ["https://169.254.169.254/latest/meta-data", "privateAddress"],
    ["https://10.0.0.8/hook", "privateAddress"],
    ["https://[::ffff:127.0.0.1]/hook", "privateAddress"],
    ["http://hooks.example.org/hook", "httpsOnly"],
  ])("refuses %s as a problem document, nothing written", async (url, reason) => {
    delete process.env[ALLOW];
    const token = await tokenFor(owner, ["webhooks:manage"]);
    const before = await written();
    const { response, json } = await call(listRoute.POST, { token, body: { url, events: ["case.opened"] } });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(json).toMatchObject({ type: "urn:casefile:problem:invalid-body", errors: { url: [`validation.webhooks.${reason}`] }, detail: expect.stringMatching(/\w+ \w+/) });
    expect(await written()).toEqual(before);
  });

  it("refuses unknown fields, an owner smuggled in, unknown events and no events; nothing written", async () => {
    process.env[ALLOW] = "true";
    const token = await tokenFor(owner, ["webhooks:manage"]);
    const before = await written();
    const unknownField = await call(listRoute.POST, { token, body: { url: hookUrl(), events: ["case.opened"], ownerId: admin.id } });
    expect(unknownField.response.status).toBe(400);
    expect(unknownField.json).toMatchObject({ type: "urn:casefile:problem:unknown-fields", fields: ["ownerId"] });
    for (const events of [["case.eaten"], []]) {
      const { json } = await call(listRoute.POST, { token, body: { url: hookUrl(), events } });
      expect(json).toMatchObject({ type: "urn:casefile:problem:invalid-body", errors: { events: expect.any(Array) } });
    }
    expect(await written()).toEqual(before);
  });
});

describe("owner controls", () => {
  it("pause and enable need If-Match; a stale one is 412 with the current version; pausing twice is 409", async () => {
    const token = await tokenFor(owner, ["webhooks:manage"]);
    const created = await subscribe(token);
    const params = { webhookId: created.id };
    expect((await call(pauseRoute.POST, { token, params, method: "POST" })).response.status).toBe(428);
    expect((await call(pauseRoute.POST, { token, params, method: "POST", ifMatch: "soon" })).response.status).toBe(400);
    const paused = await call(pauseRoute.POST, { token, params, method: "POST", ifMatch: `"${created.version}"` });
    expect(paused.response.status).toBe(200);
    expect(paused.json).toMatchObject({ enabled: false, disabledReason: "paused", version: created.version + 1 });
    expect(paused.response.headers.get("etag")).toBe(`"${created.version + 1}"`);
    const stale = await call(enableRoute.POST, { token, params, method: "POST", ifMatch: `"${created.version}"` });
    expect(stale.response.status).toBe(412);
    expect(stale.json).toMatchObject({ type: "urn:casefile:problem:precondition-failed", currentVersion: created.version + 1 });
    const again = await call(pauseRoute.POST, { token, params, method: "POST", ifMatch: `"${created.version + 1}"` });
    expect(again.response.status).toBe(409);
    expect(again.json).toMatchObject({ type: "urn:casefile:problem:conflict", detail: "This subscription is already paused or disabled." });
    const enabled = await call(enableRoute.POST, { token, params, method: "POST", ifMatch: `"${created.version + 1}"` });
    expect(enabled.json).toMatchObject({ enabled: true, disabledReason: null });
    expect(await prisma.auditEvent.count({ where: { entityId: created.id, action: { in: ["webhook.paused", "webhook.enabled"] } } })).toBe(2);
  });

  it("rotates the secret, answering the new one; replays a delivery of this subscription only; deletes it with its log", async () => {
    const token = await tokenFor(owner, ["webhooks:manage"]);
    const created = await subscribe(token);
    const params = { webhookId: created.id };
    const rotated = await call(rotateRoute.POST, { token, params, method: "POST", ifMatch: `"${created.version}"` });
    expect(rotated.response.status).toBe(200);
    const stored = await prisma.webhookSubscription.findUniqueOrThrow({ where: { id: created.id } });
    expect(rotated.json.secret).toBe(stored.secret);
    expect(stored.secret).not.toBe(created.secret);
    expect(stored.secret).toMatch(/^whsec_/);

    const incident = await makeCase();
    const delivery = await prisma.webhookDelivery.create({ data: { subscriptionId: created.id, messageId: `msg_${unique("r")}`, eventType: "series.imported", incidentId: incident.id, payload: { type: "series.imported" }, status: "delivered" } });
    const other = await subscribe(token);
    expect((await call(replayRoute.POST, { token, params: { webhookId: other.id, deliveryId: delivery.id }, method: "POST" })).response.status).toBe(404);
    const replayed = await call(replayRoute.POST, { token, params: { webhookId: created.id, deliveryId: delivery.id }, method: "POST" });
    expect(replayed.response.status).toBe(201);
    expect(await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: replayed.json.id as string } })).toMatchObject({ replayOfId: delivery.id, subscriptionId: created.id });

    const stale = await call(oneRoute.DELETE, { token, params, method: "DELETE", ifMatch: `"${created.version}"` });
    expect(stale.response.status).toBe(412);
    const deleted = await call(oneRoute.DELETE, { token, params, method: "DELETE", ifMatch: `"${stored.version}"` });
    expect(deleted.response.status).toBe(200);
    expect(deleted.json).toEqual({ id: created.id, deleted: true });
    expect(await prisma.webhookDelivery.count({ where: { subscriptionId: created.id } })).toBe(0);
    expect((await call(oneRoute.GET, { token, params })).response.status).toBe(404);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "webhook.deleted", entityId: created.id } });
    expect(audit.before).toMatchObject({ url: created.url, deliveries: 2 });
    expect(await prisma.auditEvent.count({ where: { action: "api_token.used", after: { path: ["method"], equals: "DELETE" }, actorId: owner.id } })).toBeGreaterThanOrEqual(2);
  });
});
