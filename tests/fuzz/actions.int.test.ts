// Every server action, called the way Next calls it (the exported function of a "use server"
// module, the session read from the cookie through next-auth and the database), with random
// arguments, for every kind of viewer including none. Each call returns a result, never throws
// and never reports "unexpected"; a refusal changes no row; without a valid session nothing
// gets past "unauthenticated".
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { assertWithinBudget, timeoutFor } from "@/tests/support/property-budget";
import { changedTables, dataFingerprint } from "./support/db-fingerprint";
import { installFakeNextHeaders, setIncoming } from "./support/fake-request";
import { ROOT, serverActionFiles } from "./support/files";
import { fuzzBudget } from "./support/fuzz-config";
import { hostileString } from "./support/hostile";
import { plausible, schemaKeys } from "./support/schema-keys";
import { buildWorld, VIEWER_KINDS, type World } from "./support/world";

vi.mock("next/headers", async () => (await import("./support/fake-request")).nextHeadersMock);
// Revalidation needs Next's request store; here it is only recorded.
const revalidated = vi.hoisted(() => ({ count: 0 }));
vi.mock("next/cache", () => ({ revalidatePath: () => void revalidated.count++, revalidateTag: () => void revalidated.count++ }));

type Action = (...args: unknown[]) => Promise<unknown>;

type Definitions = Record<string, { schema: z.ZodType }>;
const isDefinitions = (value: unknown): value is Definitions =>
  typeof value === "object" && value !== null && Object.values(value).length > 0 && Object.values(value).every((d) => typeof d === "object" && d !== null && "schema" in d && "run" in d);

/**
 * Every "use server" module, found on disk (so none can be missed), with the action definitions
 * its domain's mutations.ts exports beside it, whose schemas name the actions' fields.
 */
const MODULES = serverActionFiles().map((file) => ({
  file,
  load: (): Promise<Record<string, unknown>> => import(/* @vite-ignore */ path.join(ROOT, file)),
  definitions: async (): Promise<Definitions> => {
    const mutations = (await import(/* @vite-ignore */ path.join(ROOT, path.dirname(file), "mutations.ts"))) as Record<string, unknown>;
    return Object.assign({}, ...Object.values(mutations).filter(isDefinitions));
  },
}));

let world: World;
beforeAll(async () => {
  installFakeNextHeaders();
  world = await buildWorld();
});
afterAll(() => prisma.$disconnect());

it("finds the modules that declare server actions, each with its definitions", async () => {
  expect(MODULES.map((m) => m.file)).toContain("lib/findings/actions.ts");
  for (const m of MODULES) expect(Object.keys(await m.definitions()), m.file).not.toHaveLength(0);
});

/** Arguments: junk of any shape, or objects with the schema's field names and real ids. */
function argumentsFor(keys: string[], world: World, schema: z.ZodType) {
  const idFor = (key: string) => world.ids[key] ?? (key === "proposalId" ? world.ids.versionId : undefined);
  const valueFor = (key: string) =>
    fc.oneof(
      ...(idFor(key) ? [fc.constant(idFor(key)!), fc.constant(world.ids.incidentId)] : []),
      hostileString(),
      fc.constantFrom(1, 2, 0, -1, 1e21, true, false, null, "on", "2024-01-01", "reported", "high", "fine", "dismiss", "openInspection", "regulator"),
      fc.anything({ maxDepth: 2 }),
    );
  const record = fc.dictionary(fc.constantFrom(...keys), fc.constant(null), { maxKeys: keys.length }).chain((picked) =>
    fc.record(Object.fromEntries(Object.keys(picked).map((k) => [k, valueFor(k)]))),
  );
  const formData = fc.array(fc.tuple(fc.constantFrom(...keys), hostileString()), { maxLength: 6 }).map((pairs) => {
    const form = new FormData();
    for (const [k, v] of pairs) form.append(k, v);
    return form;
  });
  // Nearly valid: a plausible input with up to two fields spoiled.
  const nearlyValid = fc
    .tuple(plausible(schema, world.ids), fc.dictionary(fc.constantFrom(...keys), valueFor("x"), { maxKeys: 2 }))
    .map(([base, spoiled]) => (base && typeof base === "object" ? { ...base, ...spoiled } : base));
  const oneArgument = fc.oneof({ arbitrary: nearlyValid, weight: 4 }, { arbitrary: record, weight: 3 }, formData, fc.anything({ maxDepth: 3 }), fc.constant(undefined));
  return fc.oneof({ arbitrary: oneArgument.map((a) => [a]), weight: 5 }, fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }));
}

/** The definition an action wraps: `changeUserRoleAction` wraps `changeRole`, `unassignOfficerAction` wraps `unassign`. */
function definitionOf<D>(actionName: string, definitions: Record<string, D>): D | undefined {
  const name = actionName.toLowerCase();
  const words = (key: string) => key.split(/(?=[A-Z])/).map((w) => w.toLowerCase());
  const matches = Object.keys(definitions).filter((key) => name.startsWith(words(key)[0]!) && words(key).every((w) => name.includes(w)));
  return matches.length === 1 ? definitions[matches[0]!] : undefined;
}

const BUDGET = fuzzBudget({ runs: 20, minRuns: 8, seconds: 12 });
// The module with the most actions sets the test's time limit.
const MOST_ACTIONS = 7;

describe.each(MODULES.map((m) => [m.file, m] as const))("%s", (_file, entry) => {
  it("every exported action answers every viewer and argument with a result, and a refusal changes nothing", async () => {
    const loaded = await entry.load();
    const actions = Object.entries(loaded).filter((e): e is [string, Action] => typeof e[1] === "function");
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.length, "raise MOST_ACTIONS").toBeLessThanOrEqual(MOST_ACTIONS);
    const definitions = await entry.definitions();
    const keys = [...new Set(Object.values(definitions).flatMap((d) => [...schemaKeys(d.schema)]))];
    const outcomes = new Map<string, number>();
    for (const [name, action] of actions) {
      const definition = definitionOf(name, definitions);
      expect(definition, `no definition matches ${name}`).toBeDefined();
      await assertWithinBudget(
        fc.asyncProperty(fc.oneof(fc.constantFrom(...VIEWER_KINDS), fc.constantFrom("regulator", "officer", "admin")), argumentsFor(keys, world, definition!.schema), async (viewer, args) => {
          setIncoming({ cookies: world.cookies[viewer] });
          const before = await dataFingerprint();
          const revalidations = revalidated.count;
          const result = (await action(...args)) as { ok: boolean; error?: string };
          const key = result.ok ? "ok" : String(result.error);
          outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
          expect(typeof result.ok, `${name}`).toBe("boolean");
          expect(result.ok ? "ok" : result.error, `${name} as ${viewer}`).not.toBe("unexpected");
          if (!world.viewers[viewer as keyof World["viewers"]]) expect(result).toMatchObject({ ok: false, error: "unauthenticated" });
          if (!result.ok) {
            expect(changedTables(before, await dataFingerprint()), `${name} as ${viewer} refused (${result.error}) but wrote`).toEqual([]);
            expect(revalidated.count, `${name} refused but revalidated`).toBe(revalidations);
          }
        }),
        BUDGET,
      );
    }
    console.info(`${_file}: ${actions.length} actions; ${[...outcomes].sort().map(([k, n]) => `${k}×${n}`).join(", ")}`);
  }, timeoutFor(BUDGET, MOST_ACTIONS));
});
