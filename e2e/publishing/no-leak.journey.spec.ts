// Nothing internal leaks: a case with a marker string in every internal field (comments and tasks
// included) is published with
// the default selection, then every public route and download is fetched without a session. The
// marker appears nowhere, and an unpublished case is 404 everywhere. It adds cases for good, so it
// runs in the "journey" project, after the tests that count cases.
import { strFromU8, unzipSync } from "fflate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { PUBLIC_CHANGE_CHANNEL } from "@/lib/cluster/public-change";
import { buildSnapshot, defaultSelection } from "@/lib/publishing/build-snapshot";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";
import { publishers, takeDown } from "../support/publish-case";

const MARKER = `LEAK-${Date.now().toString(36)}`;

async function caseWithSecrets(db: PrismaClient, slug: string) {
  const org = await db.organization.create({ data: { slug: `${slug}-org`, name: `Leak Test Org ${slug}`, kind: "company", description: MARKER } });
  const incident = await db.incident.create({
    data: { slug, title: `Leak probe ${slug}`, summary: "A published summary for the leak test.", investigatedOrgId: org.id, legalBasisExamined: [MARKER], visibility: "public", isDemo: true },
  });
  const id = incident.id;
  const publicFinding = await db.finding.create({ data: { incidentId: id, title: "Confirmed public finding", body: "Established by inspectors.", severity: "high", status: "confirmed", statusReason: MARKER, evidenceRefs: [MARKER], evidence: { create: [{ incidentId: id, label: MARKER }] } } });
  // Comments (with an edit history) and tasks are internal, even on a published finding.
  await db.comment.create({ data: { incidentId: id, body: `Discussion ${MARKER}` } });
  await db.comment.create({ data: { incidentId: id, findingId: publicFinding.id, body: `On the finding ${MARKER}`, editedAt: new Date(), revisions: { create: [{ body: MARKER }] } } });
  await db.task.create({ data: { incidentId: id, title: `Task ${MARKER}`, note: MARKER, findingId: publicFinding.id } });
  await db.finding.create({ data: { incidentId: id, title: `Draft ${MARKER}`, body: MARKER, severity: "low", status: "draft" } });
  await db.finding.create({ data: { incidentId: id, title: `Deleted ${MARKER}`, body: MARKER, severity: "low", status: "confirmed", deletedAt: new Date() } });
  await db.timelineEvent.create({ data: { incidentId: id, occurredOn: new Date("2024-01-01"), kind: "conduct", title: "Public event", isPublic: true } });
  await db.timelineEvent.create({ data: { incidentId: id, occurredOn: new Date("2024-02-01"), kind: "conduct", title: `Internal ${MARKER}`, description: MARKER, isPublic: false } });
  await db.dataCategory.create({ data: { incidentId: id, name: "Phone number", sensitivity: "high", consent: "not_obtained", protectionMethod: "hashing", identifierFormat: "010-XXXX-XXXX", keyHandling: MARKER, protectionNote: MARKER } });
  const estimate = await db.populationEstimate.create({ data: { incidentId: id, label: "Affected people" } });
  await db.estimateRevision.create({ data: { estimateId: estimate.id, revision: 1, asOf: new Date("2024-03-01"), total: 1000n, unsplit: 1000n, provenance: "reported", note: MARKER } });
  await db.sanction.create({ data: { incidentId: id, type: "fine", subjectName: MARKER, proposedAmountMinor: 5n, status: "proposed", note: MARKER } });
  await db.stateTransition.create({ data: { incidentId: id, fromState: "reported", toState: "under_inspection", reason: MARKER } });
  await db.transitionProposal.create({ data: { incidentId: id, fromState: "under_inspection", toState: "dismissed", reason: MARKER, details: { transition: "dismiss" } } });
  await db.auditEvent.create({ data: { actorLabel: MARKER, action: "test.marker", entityType: "incident", entityId: id, incidentId: id, after: { marker: MARKER } } });
  return incident;
}

test("a published case shows no internal text on any public route or download; an unpublished one is 404 everywhere", async ({ page, request, browser }) => {
  const db = e2eDatabase();
  const published = await caseWithSecrets(db, `leak-pub-${Date.now().toString(36)}`);
  const hidden = await caseWithSecrets(db, `leak-hid-${Date.now().toString(36)}`);
  await db.incident.update({ where: { id: hidden.id }, data: { visibility: "internal" } });
  const snapshot = await buildSnapshot(db, published.id, await defaultSelection(db, published.id));
  // The category goes out (its internal fields carry the marker), so the routes below probe them too.
  expect(snapshot.dataCategories.map((c) => c.name)).toEqual(["Phone number"]);
  await db.publicationVersion.create({ data: { incidentId: published.id, number: 1, status: "published", snapshot: snapshot as object, publishedAt: new Date(Date.now() - 2000), decidedAt: new Date() } });
  // A second version, so each version's own address and the comparison are probed too.
  await db.publicationVersion.create({ data: { incidentId: published.id, number: 2, status: "published", snapshot: snapshot as object, publishedAt: new Date(Date.now() - 1000), decidedAt: new Date(), correctionNote: "Second version." } });
  // A proposed (not yet approved) version of the hidden case must not count as published.
  const hiddenSnapshot = await buildSnapshot(db, hidden.id, await defaultSelection(db, hidden.id));
  await db.publicationVersion.create({ data: { incidentId: hidden.id, number: 1, status: "proposed", snapshot: hiddenSnapshot as object } });
  // Written straight to the database, so the test announces it as a publication does: every
  // instance then forgets its public reads and cached pages (the home page is kept for 60 s).
  await db.$executeRaw`SELECT pg_notify(${PUBLIC_CHANGE_CHANNEL}, json_build_object('kind', 'published', 'slug', ${published.slug}::text)::text)`;
  await db.$disconnect();
  await expect.poll(async () => (await request.get("/en")).text(), { timeout: 15_000 }).toContain(published.slug);

  const routes = [
    "/en",
    "/ko",
    `/en/cases/${published.slug}`,
    `/ko/cases/${published.slug}`,
    `/cases/${published.slug}.json`,
    `/cases/${published.slug}.csv`,
    "/api/public/cases?limit=100",
    "/feed.xml",
    `/cases/${published.slug}.zip`,
    `/en/cases/${published.slug}/feed.xml`,
    `/ko/cases/${published.slug}/feed.xml`,
    `/ko/organisations/${published.slug}-org/feed.xml`,
    "/ko/feed.xml",
    "/en/sanctions/feed.xml",
    `/en/cases/${published.slug}/versions/1`,
    `/ko/cases/${published.slug}/versions/2`,
    `/en/cases/${published.slug}/compare?from=1&to=2`,
  ];
  // Feeds that list only the newest items, or only sanctions (this case has none published).
  const mayOmit = new Set(["/feed.xml", "/ko/feed.xml", "/en/sanctions/feed.xml"]);
  for (const route of routes) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(200);
    // The zip (and the old CSV address, which redirects to it) is read file by file.
    const body = /\.(zip|csv)$/.test(route) ? Object.entries(unzipSync(await response.body())).map(([name, bytes]) => `${name}\n${strFromU8(bytes)}`).join("\n") : await response.text();
    expect(body, route).not.toContain(MARKER);
    if (!mayOmit.has(route) || body.includes(published.slug)) expect(body, route).toContain(published.slug);
    expect(body, route).not.toContain(hidden.slug);
  }
  // The page a journalist sees has the public parts, so the absence above means something.
  await page.goto(`/en/cases/${published.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Leak probe ${published.slug}`);
  await expect(page.getByText("Confirmed public finding")).toBeVisible();
  await expect(page.getByText("Public event")).toBeVisible();

  const hiddenRoutes = [`/en/cases/${hidden.slug}`, `/ko/cases/${hidden.slug}`, `/cases/${hidden.slug}.json`, `/cases/${hidden.slug}.csv`, `/cases/${hidden.slug}.zip`, `/en/cases/${hidden.slug}/feed.xml`, `/ko/cases/${hidden.slug}/feed.xml`, `/en/organisations/${hidden.slug}-org/feed.xml`];
  for (const route of hiddenRoutes) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(404);
    expect(await response.text(), route).not.toContain(MARKER);
  }

  // Taken down through the app (which revalidates the public pages): every version and the
  // comparison answer 404, not only the case page.
  const people = await publishers(browser);
  const db2 = e2eDatabase();
  await takeDown({ db: db2, publishers: people, incidentId: published.id, reason: "Taken down by the leak test." });
  await db2.$disconnect();
  await people.close();
  for (const route of [`/en/cases/${published.slug}`, `/en/cases/${published.slug}/versions/1`, `/en/cases/${published.slug}/versions/2`, `/ko/cases/${published.slug}/versions/2`, `/en/cases/${published.slug}/compare?from=1&to=2`]) {
    await expect.poll(async () => (await request.get(route)).status(), { message: route, timeout: 15_000 }).toBe(404);
    expect(await (await request.get(route)).text(), route).not.toContain(MARKER);
  }
});
