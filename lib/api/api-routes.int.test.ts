// /api/v1 driven through its real route handlers with real tokens: every bad token is its own
// problem document and changes nothing; scopes only narrow the owner's rights; bodies are strict;
// a stale If-Match is 412 with the current version; every request is audited with the token's
// and its owner's names.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { apiTokenActions } from "@/lib/api-tokens/mutations";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import { generateTokenSecret } from "@/lib/api-tokens/token-format";
import { makeCase, makeViewer, unique } from "@/tests/support/factories";
import { deleteCasesOpenedHere } from "@/tests/support/cases-opened-here";
import * as casesRoute from "@/app/api/v1/cases/route";
import * as caseRoute from "@/app/api/v1/cases/[slug]/route";
import * as findingsRoute from "@/app/api/v1/cases/[slug]/findings/route";
import * as publicationsRoute from "@/app/api/v1/cases/[slug]/publications/route";
import * as estimatesRoute from "@/app/api/v1/cases/[slug]/estimates/route";
import * as revisionsRoute from "@/app/api/v1/cases/[slug]/estimates/[estimateId]/revisions/route";
import * as seriesRoute from "@/app/api/v1/cases/[slug]/series/route";
import { API_JSON_BODY_LIMIT_BYTES } from "./api-route";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
deleteCasesOpenedHere();

let regulator: Viewer;
let officer: Viewer;
let admin: Viewer;
let caseSlug: string;
let caseId: string;
let otherSlug: string;

beforeAll(async () => {
  [regulator, officer, admin] = await Promise.all([makeViewer("regulator"), makeViewer("case_officer"), makeViewer("admin")]);
  const assigned = await makeCase({ assignTo: [officer.id] });
  caseSlug = assigned.slug;
  caseId = assigned.id;
  otherSlug = (await makeCase()).slug;
});
afterAll(() => prisma.$disconnect());

async function tokenFor(viewer: Viewer, scopes: ApiScope[], name = unique("token")) {
  const result = await executeAction(viewer, apiTokenActions.createPersonal, { name, scopes, lifetimeDays: 30 });
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;
async function call<P>(handler: Handler<P>, options: { token?: string | null; path?: string; params?: P; method?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> }) {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  if (hasBody) headers["content-type"] ??= "application/json";
  const request = new NextRequest(`http://localhost${options.path ?? "/api/v1/x"}`, {
    method: options.method ?? (hasBody ? "POST" : "GET"),
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? ({} as P)) });
  return { response, json: (await response.json()) as Record<string, unknown> };
}

const finding = { title: "A finding from the API", body: "What the inspection established.", severity: "high", legalArticles: "Art. 17", evidenceRefs: "" };
const findingsCount = () => prisma.finding.count({ where: { incidentId: caseId } });
const postFinding = (token: string | null, body: unknown = finding, slug = caseSlug) => call(findingsRoute.POST, { token, params: { slug }, body });

describe("bad tokens: a clear problem each, nothing changed", () => {
  it("missing, malformed, unknown, expired, revoked, owner deactivated", async () => {
    const before = await findingsCount();
    const expired = await tokenFor(regulator, ["cases:write"]);
    await prisma.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await tokenFor(regulator, ["cases:write"]);
    expect((await executeAction(regulator, apiTokenActions.revoke, { tokenId: revoked.id })).ok).toBe(true);
    const leaver = await makeViewer("regulator");
    const orphan = await tokenFor(leaver, ["cases:write"]);
    await prisma.user.update({ where: { id: leaver.id }, data: { active: false } });

    const cases: [string | null, string, Record<string, string>?][] = [
      [null, "missing-token"],
      ["not-a-token", "malformed-token"],
      [generateTokenSecret(), "unknown-token"],
      [expired.secret, "expired-token"],
      [revoked.secret, "revoked-token"],
      [orphan.secret, "owner-inactive"],
    ];
    for (const [token, type] of cases) {
      const { response, json } = await postFinding(token);
      expect(response.status, type).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(json).toMatchObject({ type: `urn:casefile:problem:${type}`, status: 401, title: expect.any(String) });
    }
    expect(await findingsCount()).toBe(before);
  });

  it("a token without the scope is refused with 403, nothing written", async () => {
    const reader = await tokenFor(regulator, ["cases:read"]);
    const before = await findingsCount();
    const { response, json } = await postFinding(reader.secret);
    expect(response.status).toBe(403);
    expect(json).toMatchObject({ type: "urn:casefile:problem:insufficient-scope", requiredScope: "cases:write" });
    expect(await findingsCount()).toBe(before);
  });
});

describe("a token never grants more than its owner may", () => {
  it("an officer's token reaches their assigned case, and another case is not found", async () => {
    const token = await tokenFor(officer, ["cases:read", "cases:write"]);
    expect((await call(caseRoute.GET, { token: token.secret, params: { slug: caseSlug } })).response.status).toBe(200);
    expect((await call(caseRoute.GET, { token: token.secret, params: { slug: otherSlug } })).response.status).toBe(404);
    expect((await postFinding(token.secret, finding, otherSlug)).response.status).toBe(404);
    const list = await call(casesRoute.GET, { token: token.secret, path: "/api/v1/cases?limit=100" });
    const slugs = (list.json.items as { slug: string }[]).map((i) => i.slug);
    expect(slugs).toContain(caseSlug);
    expect(slugs).not.toContain(otherSlug);
  });

  it("an officer's or an administrator's token with cases:write cannot open a case", async () => {
    for (const who of [officer, admin]) {
      const token = await tokenFor(who, ["cases:write"]);
      const { response, json } = await call(casesRoute.POST, { token: token.secret, body: { title: "Nope" } });
      expect(response.status).toBe(403);
      expect(json.type).toBe("urn:casefile:problem:forbidden");
    }
  });

  it("an administrator's token reads a case but cannot add to its record", async () => {
    const token = await tokenFor(admin, ["cases:read", "cases:write"]);
    expect((await call(caseRoute.GET, { token: token.secret, params: { slug: caseSlug } })).response.status).toBe(200);
    expect((await postFinding(token.secret)).response.status).toBe(404);
  });
});

describe("writes", () => {
  it("adds a finding through the form's definition, audited with the token's and owner's names", async () => {
    const token = await tokenFor(regulator, ["cases:write"], unique("complaints-portal"));
    const before = await findingsCount();
    const { response, json } = await postFinding(token.secret);
    expect(response.status).toBe(201);
    expect(json).toMatchObject({ title: finding.title, incidentId: caseId });
    expect(response.headers.get("ratelimit")).toMatch(/^"per-token";r=\d+;t=\d+$/);
    expect(response.headers.get("ratelimit-policy")).toMatch(/^"per-token";q=\d+;w=60$/);
    expect(await findingsCount()).toBe(before + 1);
    const use = await prisma.auditEvent.findFirst({ where: { action: "api_token.used", entityId: token.id }, orderBy: { id: "desc" } });
    expect(use?.after).toMatchObject({ tokenName: token.name, ownerName: regulator.name, method: "POST", status: 201 });
    // In the finding's own transaction: both rows carry the same inserting transaction id (xmin).
    const created = await prisma.auditEvent.findFirstOrThrow({ where: { action: "finding.created", incidentId: caseId, actorId: regulator.id }, orderBy: { id: "desc" } });
    const xmins = await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text AS xmin FROM audit_events WHERE id IN (${use!.id}, ${created.id})`;
    expect(xmins).toHaveLength(2);
    expect(xmins[0]!.xmin).toBe(xmins[1]!.xmin);
    expect(await prisma.auditEvent.count({ where: { action: "api_token.used", entityId: token.id } })).toBe(1);
    // A refused write leaves one row, with its status, and nothing else.
    await postFinding(token.secret, { ...finding, severity: "apocalyptic" });
    const refused = await prisma.auditEvent.findFirst({ where: { action: "api_token.used", entityId: token.id }, orderBy: { id: "desc" } });
    expect(refused?.after).toMatchObject({ status: 400 });
    expect(await prisma.auditEvent.count({ where: { action: "api_token.used", entityId: token.id } })).toBe(2);
  });

  it("refuses unknown fields, a field the address fills in, invalid values, non-JSON and an oversized body; nothing written", async () => {
    const token = await tokenFor(regulator, ["cases:write"]);
    const before = await findingsCount();
    const unknownField = await postFinding(token.secret, { ...finding, colour: "red" });
    expect(unknownField.response.status).toBe(400);
    expect(unknownField.json).toMatchObject({ type: "urn:casefile:problem:unknown-fields", fields: ["colour"] });
    const smuggled = await postFinding(token.secret, { ...finding, incidentId: "someothercase" });
    expect(smuggled.json).toMatchObject({ type: "urn:casefile:problem:unknown-fields", fields: ["incidentId"] });
    const invalid = await postFinding(token.secret, { ...finding, severity: "apocalyptic" });
    expect(invalid.response.status).toBe(400);
    expect(invalid.json).toMatchObject({ type: "urn:casefile:problem:invalid-body", errors: { severity: expect.any(Array) } });
    const notJson = await call(findingsRoute.POST, { token: token.secret, params: { slug: caseSlug }, rawBody: "{oops" });
    expect(notJson.json.type).toBe("urn:casefile:problem:invalid-body");
    const wrongType = await call(findingsRoute.POST, { token: token.secret, params: { slug: caseSlug }, rawBody: "a=b", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(wrongType.response.status).toBe(415);
    const huge = await postFinding(token.secret, { ...finding, body: "x".repeat(API_JSON_BODY_LIMIT_BYTES) });
    expect(huge.response.status).toBe(413);
    expect(huge.json.type).toBe("urn:casefile:problem:body-too-large");
    expect(await findingsCount()).toBe(before);
  });

  it("revises an estimate with If-Match; a stale version is 412 with the current one, a missing one 428", async () => {
    const token = await tokenFor(regulator, ["cases:write"]);
    const created = await call(estimatesRoute.POST, { token: token.secret, params: { slug: caseSlug }, body: { label: "People affected", asOf: "2024-08-13", active: "25,000,000", unsplit: "15450000", provenance: "reported" } });
    expect(created.response.status).toBe(201);
    const estimate = await prisma.populationEstimate.findFirstOrThrow({ where: { incidentId: caseId, label: "People affected" }, orderBy: { createdAt: "desc" } });
    const revise = (ifMatch: string | undefined) =>
      call(revisionsRoute.POST, {
        token: token.secret,
        params: { slug: caseSlug, estimateId: estimate.id },
        body: { asOf: "2024-08-14", active: "25,000,001", unsplit: "15450000", provenance: "verified" },
        headers: ifMatch ? { "if-match": ifMatch } : {},
      });
    expect((await revise(undefined)).response.status).toBe(428);
    const first = await revise(`"${estimate.version}"`);
    expect(first.response.status).toBe(201);
    const revisionsBefore = await prisma.estimateRevision.count({ where: { estimateId: estimate.id } });
    const stale = await revise(`"${estimate.version}"`);
    expect(stale.response.status).toBe(412);
    expect(stale.json).toMatchObject({ type: "urn:casefile:problem:precondition-failed", currentVersion: estimate.version + 1 });
    expect(await prisma.estimateRevision.count({ where: { estimateId: estimate.id } })).toBe(revisionsBefore);
    const elsewhere = await call(revisionsRoute.POST, { token: token.secret, params: { slug: otherSlug, estimateId: estimate.id }, body: { asOf: "2024-08-14", active: "1", provenance: "verified" }, headers: { "if-match": `"${estimate.version + 1}"` } });
    expect(elsewhere.response.status).toBe(404);
  });
});

describe("reads", () => {
  it("lists cases with the case list's filters and reads a case with its record and publications", async () => {
    const token = await tokenFor(regulator, ["cases:read", "publications:read"]);
    const bad = await call(casesRoute.GET, { token: token.secret, path: "/api/v1/cases?state=nonsense" });
    expect(bad.response.status).toBe(400);
    expect(bad.json.type).toBe("urn:casefile:problem:invalid-query");
    const page = await call(casesRoute.GET, { token: token.secret, path: "/api/v1/cases?limit=1" });
    expect(page.response.status).toBe(200);
    expect(page.json).toMatchObject({ items: [expect.objectContaining({ slug: expect.any(String) })] });
    const read = await call(caseRoute.GET, { token: token.secret, params: { slug: caseSlug } });
    expect(read.json).toMatchObject({ slug: caseSlug, case: expect.objectContaining({ slug: caseSlug }), record: expect.objectContaining({ findings: expect.any(Array) }) });
    const publications = await call(publicationsRoute.GET, { token: token.secret, params: { slug: caseSlug } });
    expect(publications.json).toEqual({ items: [] });
  });
});

describe("series import", () => {
  it("streams the workspace's importer with series:write, and refuses a token without it", async () => {
    const importer = await tokenFor(officer, ["series:write"]);
    const csv = "day,records\n2020-01-01,5\n2020-01-02,6\n";
    const post = (token: string, contentType = "text/csv") => call(seriesRoute.POST, { token, params: { slug: caseSlug }, rawBody: csv, headers: { "content-type": contentType } }).catch(() => null);
    const request = (token: string, contentType = "text/csv") =>
      seriesRoute.POST(new NextRequest("http://localhost/api/v1/cases/x/series?provenance=reported", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": contentType }, body: csv }), { params: Promise.resolve({ slug: caseSlug }) });
    const response = await request(importer.secret);
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as { type: string; ok?: boolean });
    expect(lines.at(-1)).toMatchObject({ type: "result", ok: true });
    expect(await prisma.dailyRecordCount.count({ where: { incidentId: caseId } })).toBe(2);
    expect((await request(importer.secret, "application/json")).status).toBe(415);
    const writer = await tokenFor(officer, ["cases:write"]);
    expect((await post(writer.secret))?.response.status).toBe(403);
  });
});
