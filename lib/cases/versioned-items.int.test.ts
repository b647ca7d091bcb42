// The kit's promises, for every case section whose items it keeps (the registry's sections with a
// sample): an assigned officer adds and edits, a stale save is a conflict naming who saved first,
// deleting and restoring are for regulators, and each step leaves its audit row. A new section is
// covered by its registry entry alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction, type ActionDefinition } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { CASE_SECTIONS } from "./sections";

let officer: Viewer;
let colleague: Viewer;
let outsider: Viewer;
let regulator: Viewer;
let incidentId: string;
let organizationId: string;
beforeAll(async () => {
  [officer, colleague, outsider, regulator] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("regulator")]);
  ({ id: incidentId, investigatedOrgId: organizationId } = await makeCase({ assignTo: [officer.id, colleague.id] }));
});
afterAll(() => prisma.$disconnect());

const KEPT = CASE_SECTIONS.filter((s) => s.sample && s.actions && s.itemIdKey);

it("covers the sections whose items the kit keeps", () => {
  expect(KEPT.map((s) => s.key)).toEqual(expect.arrayContaining(["findings", "dataCategories", "estimates", "timeline", "sources", "figures", "statements"]));
});

describe.each(KEPT.map((s) => [s.key, s] as const))("%s", (_key, section) => {
  let actions: Record<string, ActionDefinition<never, unknown>>;
  let created: { id: string; version: number };
  const ref = (version: number) => ({ [section.itemIdKey!]: created.id, version });
  const audited = (action: string) => prisma.auditEvent.count({ where: { entityId: created.id, action: { endsWith: `.${action}` }, incidentId } });

  beforeAll(async () => {
    actions = await section.actions!();
    const result = await executeAction(officer, actions.create!, section.sample!({ incidentId, organizationId }));
    if (!result.ok) throw new Error(`${section.key}: ${result.message}`);
    created = result.data as { id: string; version: number };
  });

  it("an assigned officer adds one, audited on the case; an officer of another case is told there is no such case", async () => {
    expect(created.version).toBe(1);
    expect(await audited("created")).toBe(1);
    expect(await executeAction(outsider, actions.create!, section.sample!({ incidentId, organizationId }))).toMatchObject({ ok: false, error: "not_found" });
  });

  it("deleting needs a regulator; a deleted item is restored with its audit rows", async () => {
    const version = (await executeAction(regulator, actions.delete!, ref(999))) as { ok: boolean; error?: string; conflict?: { current: { version: number } } };
    expect(version).toMatchObject({ ok: false, error: "conflict" });
    const current = version.conflict!.current.version;
    expect(await executeAction(officer, actions.delete!, ref(current))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await executeAction(regulator, actions.delete!, ref(current))).toMatchObject({ ok: true });
    expect(await executeAction(regulator, actions.delete!, ref(current + 1))).toMatchObject({ ok: false, error: "not_found" });
    expect(await executeAction(officer, actions.restore!, ref(current + 1))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await executeAction(regulator, actions.restore!, ref(current + 1))).toMatchObject({ ok: true });
    expect(await audited("deleted")).toBe(1);
    expect(await audited("restored")).toBe(1);
  });

  it("a save on a version someone else has replaced is a conflict naming them, and changes nothing", async () => {
    const update = actions.update ?? actions.revise;
    if (!update) return;
    const stored = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: created.id }, orderBy: { id: "desc" } });
    const before = await prisma.auditEvent.count({ where: { entityId: created.id } });
    const stale = await executeAction(colleague, update, { ...section.sample!({ incidentId, organizationId }), ...ref(1) });
    expect(stale).toMatchObject({ ok: false, error: "conflict", conflict: { changedBy: stored.actorLabel } });
    expect(await prisma.auditEvent.count({ where: { entityId: created.id } })).toBe(before);
  });
});
