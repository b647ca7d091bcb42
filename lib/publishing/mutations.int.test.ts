import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { defaultSelection } from "./build-snapshot";
import { publishingActions } from "./mutations";
import { getPublishedCase, listPublishedCases } from "./get-published-case";
import { forgetPublicReads } from "./public-read-cache";

const MARKER = "INTERNAL-ONLY-7f3a";
let regulator: Viewer;
let regulator2: Viewer;
let officer: Viewer;

beforeAll(async () => {
  [regulator, regulator2, officer] = await Promise.all([makeViewer("regulator"), makeViewer("regulator"), makeViewer("case_officer")]);
});
afterAll(() => prisma.$disconnect());

/** A case with a public face and internal text (the marker) in every entity that has text. */
async function caseWithSecrets() {
  const incident = await makeCase({ assignTo: [officer.id] });
  const id = incident.id;
  await prisma.finding.create({ data: { incidentId: id, title: "Public finding", body: "Established.", severity: "high", status: "confirmed", statusReason: MARKER, evidenceRefs: [MARKER], evidence: { create: [{ incidentId: id, label: MARKER }] } } });
  await prisma.finding.create({ data: { incidentId: id, title: `Draft ${MARKER}`, body: MARKER, severity: "low", status: "draft" } });
  await prisma.timelineEvent.create({ data: { incidentId: id, occurredOn: new Date("2024-01-01"), kind: "conduct", title: "Public event", isPublic: true } });
  await prisma.timelineEvent.create({ data: { incidentId: id, occurredOn: new Date("2024-02-01"), kind: "conduct", title: `Hidden ${MARKER}`, isPublic: false } });
  await prisma.dataCategory.create({ data: { incidentId: id, name: "Phone number", sensitivity: "high", consent: "not_obtained", protectionMethod: "hashing", identifierFormat: "010-XXXX-XXXX", keyHandling: MARKER, protectionNote: MARKER } });
  const estimate = await prisma.populationEstimate.create({ data: { incidentId: id, label: "Affected people" } });
  await prisma.estimateRevision.create({ data: { estimateId: estimate.id, revision: 1, asOf: new Date("2024-03-01"), total: 1000n, unsplit: 1000n, provenance: "reported", note: MARKER } });
  await prisma.sanction.create({ data: { incidentId: id, type: "fine", subjectName: "Test Org", proposedAmountMinor: 5n, status: "proposed", note: MARKER } });
  return incident;
}

async function propose(viewer: Viewer, incidentId: string, extra: Record<string, unknown> = {}) {
  return executeAction(viewer, publishingActions.propose, { incidentId, selection: await defaultSelection(prisma, incidentId), ...extra });
}

describe("publishing", () => {
  it("a regulator proposes, a different regulator approves, and the public reads the snapshot with nothing internal in it", async () => {
    const incident = await caseWithSecrets();
    expect(await getPublishedCase(incident.slug)).toBeNull();
    const proposed = await propose(regulator, incident.id);
    expect(proposed).toMatchObject({ ok: true, data: { number: 1 } });
    const versionId = (await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id } })).id;
    expect(await getPublishedCase(incident.slug)).toBeNull();

    expect(await executeAction(regulator, publishingActions.approve, { versionId })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await executeAction(officer, publishingActions.approve, { versionId })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await executeAction(regulator2, publishingActions.approve, { versionId })).toMatchObject({ ok: true, data: { number: 1 } });

    const published = await getPublishedCase(incident.slug);
    expect(published?.findings.map((f) => f.title)).toEqual(["Public finding"]);
    expect(published?.timeline.map((e) => e.title)).toEqual(["Public event"]);
    // The category is published (its internal fields carry the marker), so the check below probes them too.
    expect(published?.dataCategories.map((c) => c.name)).toEqual(["Phone number"]);
    expect(published?.headline.people?.value).toBe(1000);
    expect(JSON.stringify(published)).not.toContain(MARKER);
    expect((await listPublishedCases()).map((c) => c.slug)).toContain(incident.slug);
    const actions = (await prisma.auditEvent.findMany({ where: { incidentId: incident.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["publication.proposed", "publication.approved"]);
  });

  it("a case officer cannot propose; one proposal waits at a time", async () => {
    const incident = await caseWithSecrets();
    expect(await propose(officer, incident.id)).toMatchObject({ ok: false, error: "forbidden" });
    expect((await propose(regulator, incident.id)).ok).toBe(true);
    expect(await propose(regulator2, incident.id)).toMatchObject({ ok: false, error: "conflict" });
  });

  it("a correction is a new version: the page shows the previous value and the note", async () => {
    const incident = await caseWithSecrets();
    await propose(regulator, incident.id);
    const v1 = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id, number: 1 } });
    await executeAction(regulator2, publishingActions.approve, { versionId: v1.id });

    const estimate = await prisma.populationEstimate.findFirstOrThrow({ where: { incidentId: incident.id } });
    await prisma.estimateRevision.create({ data: { estimateId: estimate.id, revision: 2, asOf: new Date("2024-04-01"), total: 1200n, unsplit: 1200n, provenance: "verified" } });
    expect(await propose(regulator, incident.id)).toMatchObject({ ok: false, fieldErrors: { correctionNote: [expect.any(String)] } });
    expect((await propose(regulator, incident.id, { correctionNote: "Inspectors counted 200 more people." })).ok).toBe(true);
    const v2 = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id, number: 2 } });
    // Until approved, the public still sees version 1.
    expect((await getPublishedCase(incident.slug))?.headline.people?.value).toBe(1000);
    await executeAction(regulator2, publishingActions.approve, { versionId: v2.id });

    const published = await getPublishedCase(incident.slug);
    expect(published?.version).toBe(2);
    expect(published?.headline.people?.value).toBe(1200);
    expect(published?.history.map((h) => h.number)).toEqual([1, 2]);
    expect(published?.history[1]).toMatchObject({ correctionNote: "Inspectors counted 200 more people.", corrections: [{ figure: "people", previous: 1000, current: 1200 }] });
  });

  it("an embargoed version stays hidden until its time; unpublishing takes the summary down and is audited", async () => {
    const incident = await caseWithSecrets();
    await propose(regulator, incident.id, { publishAt: new Date(Date.now() + 3_600_000).toISOString() });
    const v1 = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id } });
    expect((await executeAction(regulator2, publishingActions.approve, { versionId: v1.id })).ok).toBe(true);
    expect(await getPublishedCase(incident.slug)).toBeNull();
    await prisma.publicationVersion.update({ where: { id: v1.id }, data: { publishedAt: new Date(Date.now() - 1000) } });
    // The embargo "ends" here by a direct write; public reads are cached for PUBLIC_READ_TTL_MS.
    expect(await getPublishedCase(incident.slug)).toBeNull();
    forgetPublicReads();
    expect(await getPublishedCase(incident.slug)).not.toBeNull();

    expect(await executeAction(regulator, publishingActions.unpublish, { incidentId: incident.id, reason: "" })).toMatchObject({ ok: false, error: "invalid" });
    expect((await executeAction(regulator, publishingActions.unpublish, { incidentId: incident.id, reason: "Published too early." })).ok).toBe(true);
    expect(await getPublishedCase(incident.slug)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { incidentId: incident.id, action: "publication.unpublished" } })).toBe(1);
    expect((await prisma.incident.findUniqueOrThrow({ where: { id: incident.id } })).visibility).toBe("internal");
  });

  it("the public pages never read the live tables: a change to the case shows only after a new version", async () => {
    const incident = await caseWithSecrets();
    await propose(regulator, incident.id);
    const v1 = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id } });
    await executeAction(regulator2, publishingActions.approve, { versionId: v1.id });
    await prisma.incident.update({ where: { id: incident.id }, data: { title: `Renamed ${MARKER}` } });
    await prisma.finding.updateMany({ where: { incidentId: incident.id, title: "Public finding" }, data: { body: `Rewritten ${MARKER}` } });
    const published = await getPublishedCase(incident.slug);
    expect(published?.title).toBe(incident.title);
    expect(JSON.stringify(published)).not.toContain(MARKER);
  });
});
