import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { defaultSelection } from "./build-snapshot";
import { publishingActions } from "./mutations";
import { getPublishedVersion } from "./get-published-case";

let regulator: Viewer;
let approver: Viewer;

beforeAll(async () => {
  [regulator, approver] = await Promise.all([makeViewer("regulator"), makeViewer("regulator")]);
});
afterAll(() => prisma.$disconnect());

/** Proposes the case's current state (with a note and an optional embargo) and approves it. */
async function publish(incidentId: string, extra: { correctionNote?: string; publishAt?: string } = {}) {
  const proposed = await executeAction(regulator, publishingActions.propose, { incidentId, selection: await defaultSelection(prisma, incidentId), ...extra });
  expect(proposed.ok).toBe(true);
  const pending = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId, status: "proposed" } });
  expect((await executeAction(approver, publishingActions.approve, { versionId: pending.id })).ok).toBe(true);
}

async function reviseEstimate(incidentId: string, revision: number, total: bigint) {
  const estimate = await prisma.populationEstimate.findFirstOrThrow({ where: { incidentId } });
  await prisma.estimateRevision.create({ data: { estimateId: estimate.id, revision, asOf: new Date(`2024-0${revision}-01`), total, unsplit: total, provenance: "reported" } });
}

describe("getPublishedVersion", () => {
  it("reads each released version of a published case by its number, never an embargoed one, and nothing once the case is taken down", async () => {
    const incident = await makeCase({ assignTo: [] });
    const estimate = await prisma.populationEstimate.create({ data: { incidentId: incident.id, label: "Affected people" } });
    await prisma.estimateRevision.create({ data: { estimateId: estimate.id, revision: 1, asOf: new Date("2024-01-01"), total: 1000n, unsplit: 1000n, provenance: "reported" } });
    expect(await getPublishedVersion(incident.slug, 1)).toBeNull();

    await publish(incident.id);
    await reviseEstimate(incident.id, 2, 1200n);
    await publish(incident.id, { correctionNote: "Inspectors counted 200 more people." });
    await reviseEstimate(incident.id, 3, 1500n);
    await publish(incident.id, { correctionNote: "Embargoed count.", publishAt: new Date(Date.now() + 3_600_000).toISOString() });

    const v1 = await getPublishedVersion(incident.slug, 1);
    const v2 = await getPublishedVersion(incident.slug, 2);
    expect(v1).toMatchObject({ version: 1, current: { number: 2 }, correctionNote: null, corrections: [] });
    expect(v1?.headline.people?.value).toBe(1000);
    expect(v2).toMatchObject({ version: 2, current: { number: 2 }, correctionNote: "Inspectors counted 200 more people.", corrections: [{ figure: "people", previous: 1000, current: 1200 }] });
    expect(v2?.headline.people?.value).toBe(1200);
    // Version 3 is approved but embargoed: not released, so not readable, and not "current" either.
    expect(await getPublishedVersion(incident.slug, 3)).toBeNull();
    expect(await getPublishedVersion(incident.slug, 4)).toBeNull();
    for (const bad of [0, -1, 1.5, Number.NaN, 2 ** 40]) expect(await getPublishedVersion(incident.slug, bad)).toBeNull();
    expect(await getPublishedVersion("not a slug!", 1)).toBeNull();

    const withdrawn = await executeAction(regulator, publishingActions.unpublish, { incidentId: incident.id, reason: "Published too early." });
    expect(withdrawn.ok).toBe(true);
    expect(await getPublishedVersion(incident.slug, 1)).toBeNull();
    expect(await getPublishedVersion(incident.slug, 2)).toBeNull();
  });
});
