// Every route handler, called in-process with hostile requests: random methods, query strings,
// content types, bodies (invalid UTF-8, deeply nested JSON, several megabytes), traversal and
// injection in the path parameters, for every kind of viewer. No handler may throw or answer
// 5xx, and a refused request may not change a single row (a content hash of every table).
import { Readable } from "node:stream";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { forgetPublicRequests } from "@/lib/publishing/public-rate-limit";
import { assertWithinBudget, timeoutFor } from "@/tests/support/property-budget";
import { changedTables, dataFingerprint } from "./support/db-fingerprint";
import { incomingBody, installFakeNextHeaders, setIncoming } from "./support/fake-request";
import { routeFiles } from "./support/files";
import { fuzzBudget } from "./support/fuzz-config";
import { body, CONTENT_TYPES, hostileString, nearlyValidCsv, queryString } from "./support/hostile";
import { ROUTES, type Handler, type RouteSpec } from "./support/routes";
import { buildWorld, VIEWER_KINDS, type World } from "./support/world";

vi.mock("next/headers", async () => (await import("./support/fake-request")).nextHeadersMock);
// The /api/v1 writes refresh the case's pages as the server actions do; in-process there is no page cache to refresh.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// Uploads land in a scratch store, never in the data directory.
const evidence = vi.hoisted(() => ({ store: null as Awaited<ReturnType<typeof import("@/tests/support/test-blob-store").testBlobStore>> | null }));
vi.mock("@/lib/evidence/evidence-store", async (original) => ({ ...(await original<object>()), evidenceStore: () => evidence.store }));

let world: World;
beforeAll(async () => {
  installFakeNextHeaders();
  evidence.store = await (await import("@/tests/support/test-blob-store")).testBlobStore();
  world = await buildWorld();
  // One stored file on the assigned case, so reading a file gets past "not found".
  const { uploadEvidence } = await import("@/lib/evidence/upload-evidence");
  const incident = await prisma.incident.findUniqueOrThrow({ where: { slug: world.slugs.assigned } });
  const file = await uploadEvidence({
    store: evidence.store,
    viewer: world.viewers.regulator!,
    incidentId: incident.id,
    metadata: { title: "Fuzz file", titleKo: null, description: null, descriptionKo: null, kind: "other", receivedOn: null, providedBy: null, sensitivity: "moderate", fileName: "fuzz.pdf" },
    declaredType: null,
    source: Readable.from([Buffer.from("%PDF-1.7\n%%EOF\n")]),
    maxBytes: 1024,
  });
  world.ids.evidenceFile = file.id;
  // API tokens with every scope for /api/v1 (its routes read a bearer token, not the cookie).
  const { generateTokenSecret, hashToken } = await import("@/lib/api-tokens/token-format");
  const { API_SCOPES } = await import("@/lib/api-tokens/scopes");
  for (const kind of ["regulator", "officer"] as const) {
    const owner = world.viewers[kind]!;
    const secret = generateTokenSecret();
    await prisma.apiToken.create({ data: { name: `fuzz ${kind}`, kind: "personal", ownerId: owner.id, createdById: owner.id, scopes: [...API_SCOPES], secretHash: hashToken(secret), hint: "cfk_fuzz…", expiresAt: new Date(Date.now() + 86_400_000) } });
    world.ids[`apiToken.${kind}`] = secret;
  }
});
afterAll(async () => {
  await evidence.store?.dispose();
  await prisma.$disconnect();
});

it("the table covers every route handler in app/", () => {
  expect(ROUTES.map((r) => r.file).sort()).toEqual(routeFiles());
});

const METHODS_WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function requestFor(spec: RouteSpec, world: World) {
  return fc.record({
    address: spec.address(world),
    query: queryString(spec.queryKeys, typeof spec.goodQueries === "function" ? spec.goodQueries(world) : spec.goodQueries),
    viewer: fc.oneof(fc.constantFrom(...VIEWER_KINDS), fc.constantFrom("regulator", "officer")),
    ...(spec.expects
      ? { contentType: fc.oneof(fc.constant(spec.expects.contentType), fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined })), body: fc.oneof(spec.expects.body.map((b) => new TextEncoder().encode(b)), body()) }
      : { contentType: fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined }), body: body(nearlyValidCsv()) }),
    origin: fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, fc.constantFrom("http://localhost:3000", "https://evil.example", "null", "not a url")),
    forwardedFor: fc.option(fc.oneof(fc.ipV4(), hostileString().map(headerSafe)), { nil: undefined }),
    ifNoneMatch: fc.option(hostileString().map(headerSafe), { nil: undefined }),
    declaredLength: fc.option(fc.constantFrom(-1, 0, 2 ** 40, Number.MAX_SAFE_INTEGER), { nil: undefined }),
    extraHeaders: spec.headers ? spec.headers(world) : fc.constant<Record<string, string>>({}),
  });
}

/** HTTP header values are bytes without CR, LF or NUL; Node refuses anything else before a handler sees it. */
const headerSafe = (s: string) => s.replace(/[^\x20-\x7e\x80-\xff\t]/g, "?");

type Generated = ReturnType<typeof requestFor> extends fc.Arbitrary<infer T> ? T : never;

/** What Next's router would build, or null when Node itself refuses the header values. */
function toRequest(method: string, g: Generated): NextRequest | null {
  const headers = new Headers();
  try {
    if (g.contentType !== undefined) headers.set("content-type", g.contentType);
    if (g.origin) headers.set("origin", g.origin);
    headers.set("host", "localhost:3000");
    if (g.forwardedFor) headers.set("x-forwarded-for", g.forwardedFor);
    if (g.ifNoneMatch) headers.set("if-none-match", g.ifNoneMatch);
    if (g.declaredLength !== undefined) headers.set("content-length", String(g.declaredLength));
    for (const [name, value] of Object.entries(g.extraHeaders)) if (value !== "") headers.set(name, value);
  } catch {
    return null; // a header value no HTTP server would deliver (control characters)
  }
  const withBody = METHODS_WITH_BODY.has(method);
  return new NextRequest(`http://localhost:3000${g.address.path}${g.query ? `?${g.query}` : ""}`, {
    method,
    headers,
    ...(withBody ? incomingBody(g.body) : {}),
  });
}

/** The whole response, as a client would read it; a stream that errors is a failure too. */
async function readAll(response: Response): Promise<string> {
  return response.body ? new TextDecoder().decode(await new Response(response.body).arrayBuffer()) : "";
}

/** Whether the request was refused: a 4xx, or an import whose streamed result says no. */
function refused(status: number, text: string): boolean {
  if (status >= 400) return true;
  const last = text.trim().split("\n").at(-1) ?? "";
  return last.startsWith('{"type":"result"') && (JSON.parse(last) as { ok: boolean }).ok === false;
}

// The CSV import gets twice the runs: it is the one handler that parses a body by hand.
const budgetFor = (spec: RouteSpec) =>
  fuzzBudget(spec.file.includes("import") ? { runs: 120, minRuns: 40, seconds: 60 } : { runs: 60, minRuns: 20, seconds: 30 });

describe.each(ROUTES.map((r) => [r.file, r] as const))("%s under hostile requests", (_file, spec) => {
  // Each public route gets its own minute of the rate limit: together they send more than 300.
  beforeEach(() => forgetPublicRequests());
  it("never throws, never answers 5xx, and changes nothing when it refuses", async () => {
    const handlers = (await spec.load()) as Record<string, Handler>;
    const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof handlers[m] === "function");
    expect(methods.length).toBeGreaterThan(0);
    const seen = new Map<string, number>();
    await assertWithinBudget(
      fc.asyncProperty(fc.constantFrom(...methods), requestFor(spec, world), async (method, g) => {
        const request = toRequest(method, g);
        if (!request) return;
        setIncoming({ headers: request.headers, cookies: world.cookies[g.viewer] });
        const before = await dataFingerprint();
        const response = await handlers[method]!(request as never, { params: Promise.resolve(g.address.params) });
        const text = await readAll(response);
        const outcome = text.includes('"type":"result"') ? `${response.status} ${JSON.parse(text.trim().split("\n").at(-1)!).ok ? "imported" : "refused"}` : String(response.status);
        seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
        if (!spec.answers5xx?.includes(response.status)) expect(response.status, text.slice(0, 300)).toBeLessThan(500);
        expect(text).not.toContain('"reason":"unexpected"');
        const changed = changedTables(before, await dataFingerprint(), typeof spec.writes === "object" ? spec.writes.refusedMayWrite : []);
        if (spec.writes === "nothing" || refused(response.status, text)) expect(changed, `${method} ${g.address.path} → ${response.status}`).toEqual([]);
      }),
      budgetFor(spec),
    );
    console.info(`${spec.file}: ${[...seen].sort().map(([k, n]) => `${k}×${n}`).join(", ")}`);
    // The fuzz must reach past the front door, not only collect 401s and 404s.
    expect([...seen.keys()].some((s) => (spec.pastTheDoor ?? /^(2|304)/).test(s)), JSON.stringify([...seen])).toBe(true);
  }, timeoutFor(budgetFor(spec)));
});
