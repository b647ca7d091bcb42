import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/auth/permissions";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { loadOverview } from "./overview";

// A case officer sees exactly the cases assigned to them, so the figures below are knowable even
// though other tests share the database.
let officer: Viewer;
const DAY = 86_400_000;

beforeAll(async () => {
  officer = await makeViewer("case_officer");
  const open = await makeCase({ assignTo: [officer.id] });
  const closed = await makeCase({ assignTo: [officer.id] });
  await makeCase(); // not assigned: must not count
  await prisma.incident.update({
    where: { id: open.id },
    data: { openedAt: new Date("2020-01-15T10:00:00+09:00"), stateEnteredAt: new Date(Date.now() - 10 * DAY) },
  });
  await prisma.incident.update({
    where: { id: closed.id },
    data: {
      workflowState: "closed",
      openedAt: new Date("2020-01-20T00:00:00+09:00"),
      // 00:30 on 1 March in Seoul is still February in UTC: the month must be Seoul's.
      closedAt: new Date("2020-03-01T00:30:00+09:00"),
      stateEnteredAt: new Date("2020-03-01T00:30:00+09:00"),
    },
  });
  await prisma.stateTransition.create({
    data: { incidentId: closed.id, fromState: "reported", toState: "closed", reason: "test", createdAt: new Date("2020-03-01T00:30:00+09:00") },
  });
  await prisma.populationEstimate.create({
    data: {
      incidentId: open.id,
      label: "Customers",
      revisions: { create: [{ revision: 1, asOf: new Date("2020-02-01"), total: 1_000n, unsplit: 1_000n, provenance: "reported" }] },
    },
  });
  await prisma.dailyRecordCount.createMany({
    data: ["2020-01-01", "2020-01-02", "2020-02-01"].map((day) => ({ incidentId: open.id, day: new Date(day), records: 100n, provenance: "reported" as const })),
  });
});
afterAll(() => prisma.$disconnect());

describe("the overview dashboard", () => {
  it("counts only the cases the viewer may see", async () => {
    const overview = await loadOverview(officer);
    expect(overview.totals).toEqual({ cases: 2, open: 1, people: 1_000, records: 300 });
    expect(overview.byState.sort((a, b) => a.state.localeCompare(b.state))).toEqual([
      { state: "closed", cases: 1 },
      { state: "reported", cases: 1 },
    ]);
    expect(overview.largest.map((c) => c.people)).toEqual([1_000]);
  });

  it("counts cases opened and closed per Seoul month, with empty months as zero", async () => {
    const { perMonth } = await loadOverview(officer);
    expect(perMonth).toEqual([
      { month: "2020-01", opened: 2, closed: 0 },
      { month: "2020-02", opened: 0, closed: 0 },
      { month: "2020-03", opened: 0, closed: 1 },
    ]);
  });

  it("takes the median time spent in each state, counting the current state up to now", async () => {
    const { medianDays } = await loadOverview(officer);
    // reported: 20 Jan → 1 Mar 2020 (41.0 days) for the closed case, 10 days so far for the open one.
    expect(medianDays).toEqual([{ state: "reported", medianDays: 25.5, spells: 2 }]);
  });

  it("reads every case for an administrator, as for a regulator", async () => {
    const [admin, regulator] = await Promise.all([makeViewer("admin"), makeViewer("regulator")]);
    expect(await loadOverview(admin)).toEqual(await loadOverview(regulator));
  });
});
