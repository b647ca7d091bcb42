import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { deleteCasesOpenedHere } from "@/tests/support/cases-opened-here";
import { makeCase, makeViewer, unique } from "@/tests/support/factories";
import { getOrganizationPage } from "./get-organization";
import { listOrganizations } from "./list-organizations";
import { organizationActions } from "./mutations";
import { searchOrganizations } from "./search-organizations";

let regulator: Viewer;
let officer: Viewer;
const marker = unique("m");

deleteCasesOpenedHere();
beforeAll(async () => {
  [regulator, officer] = await Promise.all([makeViewer("regulator"), makeViewer("case_officer")]);
});
afterAll(() => prisma.$disconnect());

describe("finding organisations", () => {
  it("by any name, alias (Korean too) or registration number; never a merged-away one", async () => {
    const kept = await prisma.organization.create({ data: { slug: unique("org"), name: `Kakao Pay ${marker}`, nameKo: `카카오페이 ${marker}`, kind: "company", aliasesKo: [`카뱅페이${marker}`], registrationNumber: `REG-${marker}` } });
    const gone = await prisma.organization.create({ data: { slug: unique("org"), name: `Kakao Pay Corp ${marker}`, kind: "company" } });
    expect((await executeAction(regulator, organizationActions.merge, { duplicateId: gone.id, survivorId: kept.id })).ok).toBe(true);

    for (const q of [`카뱅페이${marker}`, `REG-${marker}`, `카카오페이 ${marker}`, `Kakao Pay Corp ${marker}`]) {
      expect((await listOrganizations({ q, page: 1 })).items.map((o) => o.id), q).toEqual([kept.id]);
      // The picker also offers names that merely resemble the words (pg_trgm): the match comes first.
      const offered = (await searchOrganizations({ q, limit: 8 })).map((o) => o.id);
      expect(offered[0], q).toBe(kept.id);
      expect(offered, q).not.toContain(gone.id);
    }
    expect((await listOrganizations({ q: marker, page: 1 })).total).toBe(1);
  });

  it("pages the list and says how many match", async () => {
    const none = await listOrganizations({ q: `nothing-${marker}`, page: 1 });
    expect(none).toEqual({ items: [], total: 0, page: 1, pages: 1 });
  });
});

describe("the organisation page", () => {
  it("lists each case with its roles, and sanctions, only among the cases the viewer may see", async () => {
    const o = await prisma.organization.create({ data: { slug: unique("org"), name: `Roles ${marker}`, kind: "company" } });
    const [mine, other] = await Promise.all([makeCase({ assignTo: [officer.id] }), makeCase()]);
    await prisma.incident.update({ where: { id: mine.id }, data: { investigatedOrgId: o.id } });
    await prisma.incidentRecipient.create({ data: { incidentId: mine.id, organizationId: o.id } });
    await prisma.statement.create({ data: { incidentId: mine.id, organizationId: o.id, quote: "No comment." } });
    await prisma.incidentRecipient.create({ data: { incidentId: other.id, organizationId: o.id } });
    await prisma.sanction.create({ data: { incidentId: other.id, type: "fine", subjectName: o.name, subjectOrgId: o.id, proposedAmountMinor: 1_000n } });

    const forRegulator = (await getOrganizationPage(regulator, o.slug))!;
    expect(forRegulator.cases.map((c) => [c.id, c.roles]).sort()).toEqual(
      [
        [mine.id, ["investigated", "recipient", "statement"]],
        [other.id, ["recipient", "sanction"]],
      ].sort(),
    );
    expect(forRegulator.sanctions).toHaveLength(1);

    const forOfficer = (await getOrganizationPage(officer, o.slug))!;
    expect(forOfficer.cases.map((c) => c.id)).toEqual([mine.id]);
    expect(forOfficer.sanctions).toEqual([]);
  });

  it("of a merged-away organisation says where it went, with the merge to undo", async () => {
    const [a, b] = await Promise.all(["A", "B"].map((n) => prisma.organization.create({ data: { slug: unique("org"), name: `${n} ${marker} ${unique("x")}`, kind: "company" } })));
    const merged = await executeAction(regulator, organizationActions.merge, { duplicateId: a!.id, survivorId: b!.id });
    if (!merged.ok) throw new Error(merged.message);
    const page = (await getOrganizationPage(regulator, a!.slug))!;
    expect(page.mergedInto).toMatchObject({ survivor: { slug: b!.slug }, auditId: merged.data.auditId });
    expect((await getOrganizationPage(regulator, b!.slug))!.merges).toMatchObject([{ id: a!.id, auditId: merged.data.auditId }]);
  });
});
