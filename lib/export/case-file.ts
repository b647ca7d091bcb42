import "server-only";
import { strToU8, zipSync } from "fflate";
import { prisma } from "@/lib/db/prisma";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/permissions";
import { toCsv } from "./csv";

/** Everything recorded about a case, deleted items included (with their deletion date). */
export async function loadCaseFile(incidentId: string) {
  const where = { incidentId };
  const [incident, findings, dataCategories, estimates, timeline, dailyRecords, figures, statements, sources, transitions, sanctions, proposals, clocks] = await Promise.all([
    prisma.incident.findUniqueOrThrow({ where: { id: incidentId }, include: { investigatedOrg: true, authority: true, recipients: { include: { organization: true } } } }),
    prisma.finding.findMany({ where, orderBy: { createdAt: "asc" } }),
    prisma.dataCategory.findMany({ where, orderBy: { createdAt: "asc" } }),
    prisma.estimateRevision.findMany({ where: { estimate: { incidentId } }, include: { estimate: { select: { label: true, deletedAt: true } } }, orderBy: [{ estimateId: "asc" }, { revision: "asc" }] }),
    prisma.timelineEvent.findMany({ where, orderBy: { occurredOn: "asc" } }),
    prisma.dailyRecordCount.findMany({ where, orderBy: { day: "asc" }, select: { day: true, records: true, provenance: true } }),
    prisma.incidentFigure.findMany({ where, orderBy: { createdAt: "asc" } }),
    prisma.statement.findMany({ where, include: { organization: { select: { name: true } } }, orderBy: { createdAt: "asc" } }),
    prisma.source.findMany({ where, orderBy: { createdAt: "asc" } }),
    prisma.stateTransition.findMany({ where, orderBy: { createdAt: "asc" } }),
    prisma.sanction.findMany({ where, orderBy: { createdAt: "asc" } }),
    prisma.transitionProposal.findMany({ where, orderBy: { createdAt: "asc" } }),
    prisma.caseClock.findMany({ where, orderBy: { startsAt: "asc" } }),
  ]);
  return { incident, findings, dataCategories, estimates, timeline, dailyRecords, figures, statements, sources, transitions, sanctions, proposals, clocks };
}

export type CaseFile = Awaited<ReturnType<typeof loadCaseFile>>;

const json = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2);

const table = <T extends object>(rows: T[], columns: (keyof T & string)[]) => toCsv(columns, rows);

/** One CSV per entity and the whole file as JSON, zipped. */
export function caseFileZip(file: CaseFile): Uint8Array {
  const i = file.incident;
  const files: Record<string, Uint8Array> = {
    "case.json": strToU8(json(file)),
    "incident.csv": strToU8(
      toCsv(["slug", "title", "titleKo", "summary", "investigated", "recipients", "workflowState", "visibility", "conductStart", "conductEnd", "openedAt", "deletedAt", "version"], [
        {
          slug: i.slug, title: i.title, titleKo: i.titleKo, summary: i.summary, investigated: i.investigatedOrg.name,
          recipients: i.recipients.map((r) => r.organization.name), workflowState: i.workflowState, visibility: i.visibility,
          conductStart: i.conductStart, conductEnd: i.conductEnd, openedAt: i.openedAt, deletedAt: i.deletedAt, version: i.version,
        },
      ]),
    ),
    "findings.csv": strToU8(table(file.findings, ["id", "title", "body", "severity", "status", "statusReason", "legalArticles", "evidenceRefs", "createdAt", "updatedAt", "deletedAt", "version"])),
    "data_categories.csv": strToU8(
      table(file.dataCategories, [
        "id", "name", "nameKo", "sensitivity", "consent", "purposeClaimed", "sharedFrom", "sharedUntil", "protectionMethod", "hashAlgorithm", "keyHolder",
        "keyHandling", "protectionNote", "identifierFormat", "identifierSpace", "identifierSpaceSize", "gpuHashRate", "reversibility", "reversibilityNote", "deletedAt", "version",
      ]),
    ),
    "estimate_revisions.csv": strToU8(
      toCsv(
        ["estimate", "revision", "asOf", "active", "dormant", "former", "unsplit", "total", "low", "high", "provenance", "note", "createdAt", "estimateDeletedAt"],
        file.estimates.map((r) => ({ ...r, estimate: r.estimate.label, estimateDeletedAt: r.estimate.deletedAt })),
      ),
    ),
    "timeline.csv": strToU8(table(file.timeline, ["id", "occurredOn", "precision", "kind", "title", "titleKo", "description", "isPublic", "inferenceNote", "deletedAt", "version"])),
    "records_per_day.csv": strToU8(toCsv(["day", "records", "provenance"], file.dailyRecords.map((d) => ({ ...d, day: d.day.toISOString().slice(0, 10) })))),
    "figures.csv": strToU8(table(file.figures, ["key", "label", "value", "unit", "approximate", "provenance", "asOf", "note"])),
    "statements.csv": strToU8(toCsv(["party", "quote", "quoteKo", "context", "statedOn"], file.statements.map((s) => ({ ...s, party: s.organization.name })))),
    "sources.csv": strToU8(table(file.sources, ["id", "title", "publisher", "publishedOn", "url", "note"])),
    "state_transitions.csv": strToU8(table(file.transitions, ["id", "fromState", "toState", "reason", "actorId", "proposalId", "details", "createdAt"])),
    "transition_proposals.csv": strToU8(table(file.proposals, ["id", "fromState", "toState", "reason", "details", "status", "proposedById", "decidedById", "decisionNote", "createdAt", "decidedAt"])),
    "deadlines.csv": strToU8(table(file.clocks, ["kind", "startsAt", "dueAt", "stoppedAt", "lateDays"])),
    "sanctions.csv": strToU8(
      table(file.sanctions, [
        "id", "type", "subjectName", "proposedAmountKrw", "amountKrw", "legalBasis", "decisionDate", "decisionDocRefs", "status", "appealOutcome", "appealDecidedOn", "appealDocRefs", "supersedesId", "createdAt",
      ]),
    ),
  };
  return zipSync(files, { level: 6 });
}

export function caseFileJson(file: CaseFile): string {
  return json(file);
}

export async function auditExport(viewer: Viewer, incidentId: string, format: string) {
  await prisma.$transaction((tx) =>
    recordAudit(tx, { actor: actorOf(viewer), action: "incident.exported", entityType: "incident", entityId: incidentId, incidentId, after: { format } }),
  );
}
