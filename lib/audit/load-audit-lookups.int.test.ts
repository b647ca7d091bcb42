import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { findingActions } from "@/lib/findings/mutations";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { entityKey } from "./describe-audit-event";
import { auditFacets, listAuditEvents } from "./list-audit-events";
import { loadAuditLookups } from "./load-audit-lookups";

let officer: Viewer;
let incident: { id: string; title: string; slug: string };
const titles = Array.from({ length: 12 }, (_, i) => `Finding number ${i + 1}`);

beforeAll(async () => {
  officer = await makeViewer("case_officer");
  incident = await makeCase({ assignTo: [officer.id] });
  for (const title of titles) {
    const result = await executeAction(officer, findingActions.create, { incidentId: incident.id, title, body: "Body.", severity: "low", legalArticles: "", evidenceRefs: "" });
    if (!result.ok) throw new Error(result.message);
  }
  // The officer's name changes after the rows were written: the trail shows the current one.
  await prisma.user.update({ where: { id: officer.id }, data: { name: "Renamed Officer" } });
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => prisma.$disconnect());

describe("loadAuditLookups", () => {
  it("names people by their current name, the case by its title and each finding by its title", async () => {
    const { events } = await listAuditEvents({ incidentId: incident.id });
    expect(events).toHaveLength(titles.length);
    const lookups = await loadAuditLookups(events);
    expect(lookups.users.get(officer.id)).toBe("Renamed Officer");
    expect(lookups.cases.get(incident.id)).toEqual({ title: incident.title, titleKo: null, slug: incident.slug });
    const named = events.map((e) => lookups.entities.get(entityKey("finding", e.entityId ?? "")));
    expect(named.map((n) => (n?.kind === "text" ? n.text : null)).sort()).toEqual([...titles].sort());
  });

  it("asks once per kind of thing, however many rows there are", async () => {
    const { events } = await listAuditEvents({ incidentId: incident.id });
    const findings = vi.spyOn(prisma.finding, "findMany");
    const users = vi.spyOn(prisma.user, "findMany");
    const cases = vi.spyOn(prisma.incident, "findMany");
    await loadAuditLookups(events);
    expect([findings.mock.calls.length, users.mock.calls.length, cases.mock.calls.length]).toEqual([1, 1, 1]);
  });

  it("offers each actor once in the filter, by current name", async () => {
    const facets = await auditFacets(incident.id);
    expect(facets.actors).toEqual([{ id: officer.id, label: "Renamed Officer" }]);
    expect(facets.kinds).toEqual(["finding"]);
  });
});
