// Every record that cites a source picks it from its own case's live sources. One rule
// (requireCitableSource), one test per kind of citing record: another case's source and a deleted
// one are refused on `sourceId` with a clear message and nothing is written; the case's own live
// source is accepted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction, type ActionDefinition } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { estimateActions } from "@/lib/estimates/mutations";
import { figureActions } from "@/lib/figures/mutations";
import { findingActions } from "@/lib/findings/mutations";
import { statementActions } from "@/lib/statements/mutations";
import { timelineActions } from "@/lib/timeline/mutations";
import { validationKey } from "@/lib/validation/message-key";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { sourceActions } from "./mutations";

let officer: Viewer;
let regulator: Viewer;
let incidentId: string;
let organizationId: string;
let ownSource: string;
let deletedSource: string;
let foreignSource: string;

async function ok<T>(viewer: Viewer, definition: ActionDefinition<never, T>, input: Record<string, unknown>): Promise<T> {
  const result = await executeAction(viewer, definition, input);
  if (!result.ok) throw new Error(`${result.error}: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

const source = (caseId: string, title: string) => ok(officer, sourceActions.create as never, { incidentId: caseId, title, kind: "press_report" }) as Promise<{ id: string; version: number }>;

beforeAll(async () => {
  [officer, regulator] = await Promise.all([makeViewer("case_officer"), makeViewer("regulator")]);
  const [mine, other] = await Promise.all([makeCase({ assignTo: [officer.id] }), makeCase({ assignTo: [officer.id] })]);
  ({ id: incidentId, investigatedOrgId: organizationId } = mine);
  ownSource = (await source(incidentId, "This case's article")).id;
  const doomed = await source(incidentId, "A retracted article");
  await ok(regulator, sourceActions.delete as never, { sourceId: doomed.id, version: doomed.version });
  deletedSource = doomed.id;
  foreignSource = (await source(other.id, "Another case's article")).id;
});
afterAll(() => prisma.$disconnect());

/** Each kind of record that cites a source: how to create one, how to change an existing one, and where its citation is stored. */
const CITING = [
  {
    kind: "key figure",
    editKeepsCitation: true,
    create: (sourceId: string | null) => ok(officer, figureActions.create as never, { incidentId, label: `Users ${Math.random()}`, value: "25,000,000", unit: "people", approximate: true, provenance: "reported", sourceId }),
    change: (item: { id: string; version: number }, sourceId: string) =>
      executeAction(officer, figureActions.update as never, { figureId: item.id, version: item.version, label: "Users", value: "1", unit: "people", approximate: false, provenance: "reported", sourceId }),
    stored: (id: string) => prisma.incidentFigure.findUniqueOrThrow({ where: { id } }),
  },
  {
    kind: "estimate revision",
    // A revision is a new record: it cites what is citable now.
    editKeepsCitation: false,
    create: (sourceId: string | null) => ok(officer, estimateActions.create as never, { incidentId, label: "People affected", asOf: "2024-08-13", active: "100", provenance: "estimated", sourceId }),
    change: (item: { id: string; version: number }, sourceId: string) =>
      executeAction(officer, estimateActions.revise as never, { estimateId: item.id, version: item.version, asOf: "2024-08-14", active: "200", provenance: "verified", sourceId }),
    stored: async (id: string) => prisma.estimateRevision.findFirstOrThrow({ where: { estimateId: id }, orderBy: { revision: "desc" } }),
  },
  {
    kind: "timeline event",
    editKeepsCitation: true,
    create: (sourceId: string | null) => ok(officer, timelineActions.create as never, { incidentId, occurredOn: "2024-08-13", precision: "day", kind: "publication", title: "Findings released", isPublic: true, sourceId }),
    change: (item: { id: string; version: number }, sourceId: string) =>
      executeAction(officer, timelineActions.update as never, { eventId: item.id, version: item.version, occurredOn: "2024-08-13", precision: "day", kind: "publication", title: "Findings released", isPublic: true, sourceId }),
    stored: (id: string) => prisma.timelineEvent.findUniqueOrThrow({ where: { id } }),
  },
  {
    kind: "statement",
    editKeepsCitation: true,
    create: (sourceId: string | null) => ok(officer, statementActions.create as never, { incidentId, organizationId, quote: "No illegal provision.", wording: "quotation", sourceId }),
    change: (item: { id: string; version: number }, sourceId: string) =>
      executeAction(officer, statementActions.update as never, { statementId: item.id, version: item.version, organizationId, quote: "No illegal provision.", wording: "paraphrase", sourceId }),
    stored: (id: string) => prisma.statement.findUniqueOrThrow({ where: { id } }),
  },
  {
    kind: "finding",
    editKeepsCitation: true,
    create: (sourceId: string | null) => ok(officer, findingActions.create as never, { incidentId, title: "Shared without consent", body: "As inspected.", severity: "high", legalArticles: "", evidenceRefs: "", sourceId }),
    change: (item: { id: string; version: number }, sourceId: string) =>
      executeAction(officer, findingActions.update as never, { findingId: item.id, version: item.version, title: "Shared without consent", body: "As inspected.", severity: "high", legalArticles: "", evidenceRefs: "", sourceId }),
    stored: (id: string) => prisma.finding.findUniqueOrThrow({ where: { id } }),
  },
] as const;

const refused = { ok: false, error: "invalid", message: "That source is not one of this case's sources.", fieldErrors: { sourceId: [validationKey("citation.notThisCase")] } };

describe.each(CITING.map((c) => [c.kind, c] as const))("a %s", (_kind, citing) => {
  it("cites one of its case's live sources, or none", async () => {
    const cited = (await citing.create(ownSource)) as { id: string };
    expect(await citing.stored(cited.id)).toMatchObject({ sourceId: ownSource });
    const uncited = (await citing.create(null)) as { id: string };
    expect(await citing.stored(uncited.id)).toMatchObject({ sourceId: null });
  });

  it.each([
    ["another case's source", () => foreignSource],
    ["a deleted source", () => deletedSource],
    ["an id that names nothing", () => "nosuchsource"],
  ])("is refused %s when created, and nothing is written", async (_what, sourceId) => {
    const audits = await prisma.auditEvent.count({ where: { incidentId } });
    await expect(citing.create(sourceId())).rejects.toThrow("That source is not one of this case's sources.");
    expect(await prisma.auditEvent.count({ where: { incidentId } })).toBe(audits);
  });

  it(`${citing.editKeepsCitation ? "keeps, when edited," : "refuses, in a new revision,"} a citation whose source was deleted since`, async () => {
    const withdrawn = await source(incidentId, "Withdrawn later");
    const item = (await citing.create(withdrawn.id)) as { id: string; version: number };
    await ok(regulator, sourceActions.delete as never, { sourceId: withdrawn.id, version: withdrawn.version });
    const before = await citing.stored(item.id);
    expect(await citing.change(item, withdrawn.id)).toMatchObject(citing.editKeepsCitation ? { ok: true } : refused);
    expect(await citing.stored(item.id)).toMatchObject(citing.editKeepsCitation ? { sourceId: withdrawn.id } : before);
  });

  it("is refused another case's source when changed, and keeps what it had", async () => {
    const item = (await citing.create(ownSource)) as { id: string; version: number };
    const before = await citing.stored(item.id);
    expect(await citing.change(item, foreignSource)).toMatchObject(refused);
    expect(await citing.stored(item.id)).toEqual(before);
  });
});
