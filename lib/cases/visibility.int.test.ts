// Both query forms of case visibility agree with the permission table for every role, on cases
// assigned to the viewer, assigned to someone else, unassigned, and deleted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, type Viewer } from "@/lib/auth/permissions";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { visibleCasesSql, visibleCasesWhere } from "./visibility";

let viewers: [Viewer, Viewer, Viewer, Viewer];
let cases: { id: string; assignedUserIds: string[]; deleted: boolean }[];

beforeAll(async () => {
  viewers = await Promise.all([makeViewer("admin"), makeViewer("regulator"), makeViewer("case_officer"), makeViewer("case_officer")]);
  const [, , officer, otherOfficer] = viewers;
  const specs = [
    { assignTo: [officer.id], deleted: false },
    { assignTo: [otherOfficer.id], deleted: false },
    { assignTo: [officer.id, otherOfficer.id], deleted: false },
    { assignTo: [], deleted: false },
    { assignTo: [officer.id], deleted: true },
    { assignTo: [], deleted: true },
  ];
  cases = [];
  for (const spec of specs) {
    const made = await makeCase({ assignTo: spec.assignTo });
    if (spec.deleted) await prisma.incident.update({ where: { id: made.id }, data: { deletedAt: new Date() } });
    cases.push({ id: made.id, assignedUserIds: spec.assignTo, deleted: spec.deleted });
  }
});
afterAll(() => prisma.$disconnect());

describe("case visibility", () => {
  it("the Prisma and the SQL forms each select exactly the cases can(viewer, 'case.view') allows, never a deleted one", async () => {
    const ids = Prisma.join(cases.map((c) => c.id));
    for (const viewer of viewers) {
      const expected = cases.filter((c) => !c.deleted && can(viewer, "case.view", { assignedUserIds: c.assignedUserIds })).map((c) => c.id).sort();
      const viaPrisma = await prisma.incident.findMany({ where: { AND: [visibleCasesWhere(viewer), { id: { in: cases.map((c) => c.id) } }] }, select: { id: true } });
      const viaSql = await prisma.$queryRaw<{ id: string }[]>`SELECT i.id FROM incidents i WHERE ${visibleCasesSql(viewer)} AND i.id IN (${ids})`;
      expect(viaPrisma.map((r) => r.id).sort(), `${viewer.role} (Prisma)`).toEqual(expected);
      expect(viaSql.map((r) => r.id).sort(), `${viewer.role} (SQL)`).toEqual(expected);
    }
  });

  it("is not trivially true: an officer sees some cases and not others, an administrator and a regulator every live one", () => {
    const [admin, regulator, officer] = viewers;
    const visible = (viewer: Viewer) => cases.filter((c) => !c.deleted && can(viewer, "case.view", { assignedUserIds: c.assignedUserIds })).length;
    expect(visible(admin)).toBe(4);
    expect(visible(regulator)).toBe(4);
    expect(visible(officer)).toBe(2);
  });
});
