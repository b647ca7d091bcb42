// Generated junk thrown at every server action's schema and handler, as a signed-in user who may
// act: the answer is always a clear refusal or a success, never an unexpected error (a 500).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction, type ActionDefinition } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { CASE_SECTIONS } from "@/lib/cases/sections";
import { userActions } from "@/lib/users/mutations";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { assertWithinBudget, timeoutFor } from "@/tests/support/property-budget";

let regulator: Viewer;
let admin: Viewer;
let incidentId: string;
let organizationId: string;
beforeAll(async () => {
  [regulator, admin] = await Promise.all([makeViewer("regulator"), makeViewer("admin")]);
  ({ id: incidentId, investigatedOrgId: organizationId } = await makeCase());
});
afterAll(() => prisma.$disconnect());

const hostile = fc.constantFrom(
  "'; DROP TABLE findings; --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "\u0000",
  "\uD800",
  "x".repeat(100_000),
  "1e309",
  "-1",
  "NaN",
  "2999-12-31",
  "0000-00-00",
  "javascript:alert(1)",
);
const value = fc.oneof(fc.anything({ maxDepth: 3 }), hostile, fc.bigInt(), fc.constant(undefined));
const KEYS = [
  ...CASE_SECTIONS.flatMap((s) => (s.itemIdKey ? [s.itemIdKey] : [])),
  "incidentId", "userId", "version", "title", "body", "severity", "status", "reason",
  "legalArticles", "evidenceRefs", "occurredOn", "precision", "kind", "isPublic", "name", "sensitivity", "consent", "protectionMethod",
  "keyHolder", "identifierFormat", "identifierSpaceSize", "gpuHashRate", "reversibility", "label", "asOf", "active", "dormant", "former",
  "unsplit", "low", "high", "provenance", "summary", "conductStartPrecision", "conductEndPrecision", "email", "role", "signIn", "active",
  "sourceId", "organizationId", "quote", "wording", "statedOn", "statedPrecision", "value", "unit", "approximate", "language", "publishedPrecision",
];
const junk = () =>
  fc.oneof(
    fc.anything({ maxDepth: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(value, fc.constant(incidentId), fc.integer({ min: 1, max: 3 })), { maxKeys: 20 }),
  );

// Every case section's actions (the registry, lib/cases/sections.ts), as a regulator, and user
// administration as an administrator.
const SUITES: [string, () => Viewer, Record<string, ActionDefinition<never, unknown>>][] = [
  ...(await Promise.all(CASE_SECTIONS.filter((s) => s.actions).map(async (s) => [s.key, () => regulator, await s.actions!()] as [string, () => Viewer, Record<string, ActionDefinition<never, unknown>>]))),
  ["users", () => admin, userActions as never],
];

const JUNK = { runs: 60, minRuns: 20, seconds: 20 };
const SPOILED = { runs: 80, minRuns: 25, seconds: 15 };

describe.each(SUITES)("%s actions under junk input", (_name, viewerOf, actions) => {
  for (const [actionName, definition] of Object.entries(actions)) {
    it(`${actionName} never fails unexpectedly`, async () => {
      const viewer = viewerOf();
      await assertWithinBudget(
        fc.asyncProperty(junk(), async (input) => {
          const result = await executeAction(viewer, definition, input);
          expect(result.ok ? "ok" : result.error).not.toBe("unexpected");
        }),
        JUNK,
      );
    }, timeoutFor(JUNK));
  }
});

// Valid requests with one field spoiled reach deeper: past the schema's shape checks into its
// rules and the handlers.
describe("nearly valid requests with one spoiled field", () => {
  // Each section's sample create input (the registry) is valid as it stands; one field is spoiled at a time.
  const sampled = CASE_SECTIONS.filter((s) => s.sample && s.actions);

  it("each create action answers every spoiled field with a refusal or a success, never an unexpected error", async () => {
    for (const section of sampled) {
      const definition = (await section.actions!()).create!;
      const base = section.sample!({ incidentId, organizationId });
      expect(await executeAction(regulator, definition, base), `${section.key}: the sample itself is valid`).toMatchObject({ ok: true });
      await assertWithinBudget(
        fc.asyncProperty(fc.constantFrom(...Object.keys(base)), value, async (key, spoiled) => {
          const result = await executeAction(regulator, definition, { ...base, [key]: spoiled });
          expect(result.ok ? "ok" : result.error).not.toBe("unexpected");
        }),
        SPOILED,
      );
    }
  }, timeoutFor(SPOILED, sampled.length));
});
