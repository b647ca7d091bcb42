// Comments and tasks are internal: a case whose published items carry comments, edit history and
// tasks with a marker gives a public snapshot (what every public page, download, feed and open-data
// file is built from) without the marker. The e2e no-leak journey fetches the public routes too.
import { afterAll, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { buildSnapshot, defaultSelection } from "@/lib/publishing/build-snapshot";
import { makeCase, makeViewer } from "@/tests/support/factories";

afterAll(() => prisma.$disconnect());

it("a snapshot of a case with comments and tasks on its published items holds none of their text", async () => {
  const MARKER = `COMMENT-LEAK-${Date.now().toString(36)}`;
  const author = await makeViewer("regulator");
  const { id: incidentId } = await makeCase();
  const finding = await prisma.finding.create({ data: { incidentId, title: "Confirmed public finding", body: "Established by inspectors.", severity: "high", status: "confirmed" } });
  const event = await prisma.timelineEvent.create({ data: { incidentId, occurredOn: new Date("2024-01-01"), kind: "conduct", title: "Public event", isPublic: true } });
  await prisma.comment.create({ data: { incidentId, authorId: author.id, body: `On the case ${MARKER}`, mentions: { create: [{ userId: author.id }] } } });
  await prisma.comment.create({ data: { incidentId, authorId: author.id, findingId: finding.id, body: `On the finding ${MARKER}`, editedAt: new Date(), revisions: { create: [{ body: `Before the edit ${MARKER}` }] } } });
  await prisma.comment.create({ data: { incidentId, authorId: author.id, timelineEventId: event.id, body: `On the event ${MARKER}` } });
  await prisma.task.create({ data: { incidentId, title: `Task ${MARKER}`, note: MARKER, findingId: finding.id, assigneeId: author.id } });

  const snapshot = await buildSnapshot(prisma, incidentId, await defaultSelection(prisma, incidentId));
  const text = JSON.stringify(snapshot);
  // The published items are there, so the marker's absence means something.
  expect(text).toContain("Confirmed public finding");
  expect(text).toContain("Public event");
  expect(text).not.toContain(MARKER);
});
