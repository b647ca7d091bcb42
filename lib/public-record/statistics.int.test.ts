import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { defaultSelection } from "@/lib/publishing/build-snapshot";
import { listPublishedCases } from "@/lib/publishing/get-published-case";
import { publishingActions } from "@/lib/publishing/mutations";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { publicSanctionRows } from "./sanction-rows";
import { publicStatistics } from "./statistics";

// Distinctive values, so other tests' published cases in the same database never match them.
const CATEGORY = "Statistics probe 9c1e";
const YEAR = 2031;
let regulator: Viewer;
let regulator2: Viewer;

beforeAll(async () => {
  [regulator, regulator2] = await Promise.all([makeViewer("regulator"), makeViewer("regulator")]);
});
afterAll(() => prisma.$disconnect());

/** A case with a decided fine in CHF, a data category, and a Swiss company sharing data to Japan. */
async function caseWithFine() {
  const incident = await makeCase();
  await prisma.organization.update({ where: { id: incident.investigatedOrgId }, data: { country: "CH", sector: "health" } });
  const recipient = await prisma.organization.create({ data: { slug: `probe-recipient-${incident.slug}`, name: "Probe recipient", kind: "company", country: "JP" } });
  await prisma.incidentRecipient.create({ data: { incidentId: incident.id, organizationId: recipient.id } });
  await prisma.dataCategory.create({ data: { incidentId: incident.id, name: CATEGORY, sensitivity: "high", consent: "not_obtained", protectionMethod: "none" } });
  await prisma.sanction.create({ data: { incidentId: incident.id, type: "fine", subjectName: "Test Org", subjectOrgId: incident.investigatedOrgId, amountMinor: 123_450n, currency: "CHF", decisionDate: new Date(`${YEAR}-05-01`), status: "decided" } });
  return incident;
}

async function propose(incidentId: string) {
  const result = await executeAction(regulator, publishingActions.propose, { incidentId, selection: await defaultSelection(prisma, incidentId) });
  expect(result.ok).toBe(true);
  return prisma.publicationVersion.findFirstOrThrow({ where: { incidentId }, orderBy: { number: "desc" } });
}

const probe = async () => {
  const cases = await listPublishedCases();
  return { cases, stats: publicStatistics(cases), rows: publicSanctionRows(cases) };
};

describe("statistics read only published versions", () => {
  it("counts a published case, never a proposed one, and drops a case taken down from every statistic and the tracker rows at once", async () => {
    const published = await caseWithFine();
    const proposedOnly = await caseWithFine();
    const before = (await probe()).stats.publishedCases;

    const version = await propose(published.id);
    expect((await executeAction(regulator2, publishingActions.approve, { versionId: version.id })).ok).toBe(true);
    await propose(proposedOnly.id);

    const on = await probe();
    expect(on.stats.publishedCases).toBe(before + 1);
    expect(on.cases.map((c) => c.slug)).toContain(published.slug);
    expect(on.cases.map((c) => c.slug)).not.toContain(proposedOnly.slug);
    expect(on.stats.dataCategories.find((c) => c.name === CATEGORY)?.cases).toBe(1);
    expect(on.stats.finesByYear.find((b) => b.key === YEAR)).toEqual({ key: YEAR, fines: 1, totals: [{ minor: 123_450n, currency: "CHF" }] });
    expect(on.stats.finesBySector.find((b) => b.key === "health")?.totals).toEqual([{ minor: 123_450n, currency: "CHF" }]);
    expect(on.stats.recipientFlows.find((f) => f.from === "CH" && f.to === "JP")).toMatchObject({ crossBorder: true, cases: 1, recipients: 1 });
    expect(on.rows.filter((r) => r.case.slug === published.slug)).toHaveLength(1);

    // The takedown clears the public read cache itself (lib/publishing/mutations.ts): no wait.
    expect((await executeAction(regulator, publishingActions.unpublish, { incidentId: published.id, reason: "Taken down for the statistics test." })).ok).toBe(true);
    const off = await probe();
    expect(off.stats.publishedCases).toBe(before);
    expect(off.stats.dataCategories.find((c) => c.name === CATEGORY)).toBeUndefined();
    expect(off.stats.finesByYear.find((b) => b.key === YEAR)).toBeUndefined();
    expect(off.stats.finesBySector.flatMap((b) => b.totals).find((t) => t.currency === "CHF")).toBeUndefined();
    expect(off.stats.recipientFlows.find((f) => f.from === "CH" && f.to === "JP")).toBeUndefined();
    expect(off.rows.filter((r) => r.case.slug === published.slug || r.case.slug === proposedOnly.slug)).toEqual([]);
  });
});
