// What a record's evidence list shows: the files linked to each of a set of records (one query
// per call), with the file's titles, kind, type, deletion and newer version, in link order; and
// label-only references. Files only for a viewer with evidence.view on the case; references
// (part of the finding) for whoever sees the record. Unlinked links and other cases stay out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { loadEvidenceLinks } from "./links-for";

let officer: Viewer;
let incidentId: string;
let otherCaseId: string;
const access = () => ({ assignedUserIds: [officer.id] });

beforeAll(async () => {
  officer = await makeViewer("case_officer");
  const [own, other] = await Promise.all([makeCase({ assignTo: [officer.id] }), makeCase()]);
  [incidentId, otherCaseId] = [own.id, other.id];
});
afterAll(() => prisma.$disconnect());

let digits = 0;
const file = (title: string, extra: object = {}) =>
  prisma.evidenceFile.create({
    data: { incidentId, title, titleKo: `${title} (ko)`, kind: "inspection_report", originalName: `${title}.pdf`, mediaType: "application/pdf", size: 10, sha256: (++digits).toString(16).padStart(64, "0"), ...extra },
  });
const finding = (title: string, caseId = incidentId) => prisma.finding.create({ data: { incidentId: caseId, title, body: "B", severity: "high" } });

describe("loadEvidenceLinks", () => {
  it("lists each finding's files and references in order, marks deleted and superseded files, and leaves out unlinked links", async () => {
    const [f1, f2, f3] = await Promise.all([finding("One"), finding("Two"), finding("Three")]);
    const report = await file("Report");
    const old = await file("Old reply");
    await file("New reply", { supersedesId: old.id });
    const gone = await file("Gone", { deletedAt: new Date() });
    await prisma.evidenceLink.createMany({
      data: [
        { incidentId, findingId: f1.id, fileId: report.id, locator: "p. 12", position: 2 },
        { incidentId, findingId: f1.id, label: "Inspection record 3", position: 0 },
        { incidentId, findingId: f1.id, fileId: old.id, position: 1 },
        { incidentId, findingId: f1.id, fileId: gone.id, position: 3 },
        { incidentId, findingId: f1.id, fileId: report.id, position: 4, deletedAt: new Date() },
        { incidentId, findingId: f2.id, fileId: report.id, locator: "annex B", position: 0 },
      ],
    });
    const links = await loadEvidenceLinks({ viewer: officer, access: access(), incidentId, target: "finding", ids: [f1.id, f2.id, f3.id] });
    const one = links.get(f1.id)!;
    expect(one.files.map((f) => [f.title, f.locator, f.deleted, f.supersededById !== null])).toEqual([
      ["Old reply", null, false, true],
      ["Report", "p. 12", false, false],
      ["Gone", null, true, false],
    ]);
    expect(one.files[1]).toMatchObject({ fileId: report.id, titleKo: "Report (ko)", kind: "inspection_report", mediaType: "application/pdf" });
    expect(one.labels).toEqual([{ linkId: expect.any(String), label: "Inspection record 3", locator: null }]);
    expect(links.get(f2.id)?.files.map((f) => f.locator)).toEqual(["annex B"]);
    expect(links.get(f3.id)).toEqual({ files: [], labels: [] });
  });

  it("shows references but no files to a viewer without evidence.view on the case", async () => {
    const f = await finding("Four");
    const report = await file("Report 2");
    await prisma.evidenceLink.createMany({ data: [{ incidentId, findingId: f.id, fileId: report.id, position: 0 }, { incidentId, findingId: f.id, label: "FSS letter", position: 1 }] });
    const links = await loadEvidenceLinks({ viewer: officer, access: { assignedUserIds: [] }, incidentId, target: "finding", ids: [f.id] });
    expect(links.get(f.id)).toEqual({ files: [], labels: [expect.objectContaining({ label: "FSS letter" })] });
  });

  it("reads only the named case, and works for timeline events, sources and statements", async () => {
    const elsewhere = await finding("Elsewhere", otherCaseId);
    await prisma.evidenceLink.create({ data: { incidentId: otherCaseId, findingId: elsewhere.id, label: "Other case's reference" } });
    expect((await loadEvidenceLinks({ viewer: officer, access: access(), incidentId, target: "finding", ids: [elsewhere.id] })).get(elsewhere.id)).toEqual({ files: [], labels: [] });

    const report = await file("Report 3");
    const event = await prisma.timelineEvent.create({ data: { incidentId, occurredOn: new Date("2024-05-01"), kind: "inspection", title: "Inspection" } });
    const source = await prisma.source.create({ data: { incidentId, title: "FSS press release" } });
    await prisma.evidenceLink.createMany({ data: [{ incidentId, timelineEventId: event.id, fileId: report.id, locator: "p. 3" }, { incidentId, sourceId: source.id, fileId: report.id }] });
    expect((await loadEvidenceLinks({ viewer: officer, access: access(), incidentId, target: "timeline_event", ids: [event.id] })).get(event.id)?.files[0]).toMatchObject({ title: "Report 3", locator: "p. 3" });
    expect((await loadEvidenceLinks({ viewer: officer, access: access(), incidentId, target: "source", ids: [source.id] })).get(source.id)?.files).toHaveLength(1);
    expect((await loadEvidenceLinks({ viewer: officer, access: access(), incidentId, target: "statement", ids: [] })).size).toBe(0);
  });
});
