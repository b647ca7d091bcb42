import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/auth/permissions";
import { loadOverview } from "@/lib/dashboard/overview";
import { caseListQuerySchema } from "@/lib/cases/case-list-query";
import { searchCases } from "@/lib/cases/search-cases";
import { makeCase, makeViewer } from "@/tests/support/factories";

const DAY = 86_400_000;
let regulator: Viewer;
let officer: Viewer;
const ids: Record<"overdue" | "dueSoon" | "later" | "stopped", { id: string; slug: string }> = {} as never;

async function caseWithClock(dueInDays: number, options: { stopped?: boolean; assignTo?: string[] } = {}) {
  const incident = await makeCase({ assignTo: options.assignTo });
  await prisma.caseClock.create({
    data: { incidentId: incident.id, kind: "reply_window", startsAt: new Date(Date.now() - 10 * DAY), dueAt: new Date(Date.now() + dueInDays * DAY), stoppedAt: options.stopped ? new Date() : null, lateDays: options.stopped ? 3 : null },
  });
  return { id: incident.id, slug: incident.slug };
}

beforeAll(async () => {
  [regulator, officer] = await Promise.all([makeViewer("regulator"), makeViewer("case_officer")]);
  ids.overdue = await caseWithClock(-2, { assignTo: [officer.id] });
  ids.dueSoon = await caseWithClock(3);
  ids.later = await caseWithClock(30);
  ids.stopped = await caseWithClock(-5, { stopped: true });
});
afterAll(() => prisma.$disconnect());

const slugs = async (viewer: Viewer, clock?: string) => (await searchCases(viewer, caseListQuerySchema.parse({ limit: 100, clock }))).items.map((i) => i.slug);

describe("deadline filters", () => {
  it("the case list shows overdue cases and cases due within 7 days, never a stopped clock", async () => {
    const overdue = await slugs(regulator, "overdue");
    expect(overdue).toContain(ids.overdue.slug);
    expect(overdue).not.toContain(ids.dueSoon.slug);
    expect(overdue).not.toContain(ids.stopped.slug);
    const soon = await slugs(regulator, "due_soon");
    expect(soon).toContain(ids.dueSoon.slug);
    expect(soon).not.toContain(ids.later.slug);
    expect(soon).not.toContain(ids.overdue.slug);
  });

  it("keeps to what the viewer may see", async () => {
    expect(await slugs(officer, "overdue")).toEqual([ids.overdue.slug]);
    expect(await slugs(officer, "due_soon")).toEqual([]);
  });

  it("the overview counts deadlines and can show only the cases behind them", async () => {
    const all = await loadOverview(regulator);
    const overdue = await loadOverview(regulator, { clock: "overdue" });
    expect(overdue.totals.cases).toBe(all.deadlines.overdue);
    expect(overdue.largest.map((c) => c.slug)).not.toContain(ids.later.slug);
    expect((await loadOverview(regulator, { clock: "due_soon" })).totals.cases).toBe(all.deadlines.dueSoon);
    expect(all.deadlines.overdue).toBeGreaterThanOrEqual(1);
    expect(all.deadlines.dueSoon).toBeGreaterThanOrEqual(1);
    expect((await loadOverview(officer, { clock: "overdue" })).totals).toMatchObject({ cases: 1 });
  });

  it("refuses an unknown filter value", () => {
    expect(caseListQuerySchema.safeParse({ clock: "someday" }).success).toBe(false);
  });
});
