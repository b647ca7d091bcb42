// The rules between a case file's rows, checked once every row has the right shape: each
// reference names a row of the file (organisations, sources, an estimate's revisions), nothing
// that must be unique appears twice, an estimate's revisions agree with each other and add up, and
// the records per day fall inside the case's period (as the records import requires).
import { conductPeriodOf, periodBounds } from "@/lib/cases/conduct-period";
import { revisionTotal } from "@/lib/estimates/revision";
import { toIsoDay } from "@/lib/format/date";
import type { CaseFileData } from "./case-file-schema";
import { problem, type CaseFileProblem } from "./case-file-problems";

/** Adds a problem for every value seen before, at `path(i)`. */
function duplicates<T>(rows: readonly T[], key: (row: T) => string, path: (i: number) => string, out: CaseFileProblem[]) {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const value = key(row);
    if (seen.has(value)) out.push(problem(path(i), "duplicate", { value }));
    seen.add(value);
  });
}

export function referenceProblems(file: CaseFileData): CaseFileProblem[] {
  const out: CaseFileProblem[] = [];
  const organizations = new Set(file.organizations.map((o) => o.id));
  const sources = new Set(file.sources.map((s) => s.id));
  const check = (path: string, value: string | null, known: Set<string>, table: string) => {
    if (value !== null && !known.has(value)) out.push(problem(path, "dangling", { value, table }));
  };

  duplicates(file.organizations, (o) => o.id, (i) => `organizations[${i}].id`, out);
  duplicates(file.organizations, (o) => o.slug, (i) => `organizations[${i}].slug`, out);
  duplicates(file.sources, (s) => s.id, (i) => `sources[${i}].id`, out);
  check("incident.investigatedOrgId", file.incident.investigatedOrgId, organizations, "organizations");
  check("incident.authorityId", file.incident.authorityId, organizations, "organizations");
  file.recipients.forEach((r, i) => check(`recipients[${i}].organizationId`, r.organizationId, organizations, "organizations"));
  // One live recipient per organisation (a partial unique index); deleted ones may repeat it.
  const liveRecipients = file.recipients.map((r, i) => ({ r, i })).filter(({ r }) => r.deletedAt === null);
  duplicates(liveRecipients, ({ r }) => r.organizationId, (n) => `recipients[${liveRecipients[n]?.i}].organizationId`, out);
  file.statements.forEach((s, i) => {
    check(`statements[${i}].organizationId`, s.organizationId, organizations, "organizations");
    check(`statements[${i}].sourceId`, s.sourceId, sources, "sources");
  });
  file.figures.forEach((f, i) => {
    check(`figures[${i}].organizationId`, f.organizationId, organizations, "organizations");
    check(`figures[${i}].sourceId`, f.sourceId, sources, "sources");
  });
  duplicates(file.figures, (f) => f.key, (i) => `figures[${i}].key`, out);
  file.timeline.forEach((e, i) => check(`timeline[${i}].sourceId`, e.sourceId, sources, "sources"));
  file.findings.forEach((f, i) => check(`findings[${i}].sourceId`, f.sourceId, sources, "sources"));

  const firstOfEstimate = new Map<string, CaseFileData["estimate_revisions"][number]>();
  file.estimate_revisions.forEach((r, i) => {
    const path = `estimate_revisions[${i}]`;
    check(`${path}.sourceId`, r.sourceId, sources, "sources");
    const first = firstOfEstimate.get(r.estimateId);
    if (!first) firstOfEstimate.set(r.estimateId, r);
    else if (first.estimate !== r.estimate) out.push(problem(`${path}.estimate`, "mismatch", { field: "estimate" }));
    else if (first.estimateDeletedAt?.getTime() !== r.estimateDeletedAt?.getTime()) out.push(problem(`${path}.estimateDeletedAt`, "mismatch", { field: "estimateDeletedAt" }));
    const sum = revisionTotal(r);
    if (sum !== null && sum !== r.total) out.push(problem(`${path}.total`, "total"));
    if ((r.low !== null && r.low > r.total) || (r.high !== null && r.high < r.total)) out.push(problem(`${path}.low`, "bounds"));
  });
  duplicates(file.estimate_revisions, (r) => `${r.estimateId} revision ${r.revision}`, (i) => `estimate_revisions[${i}].revision`, out);

  duplicates(file.records_per_day, (d) => toIsoDay(d.day), (i) => `records_per_day[${i}].day`, out);
  const { from: first, to: last } = periodBounds(conductPeriodOf(file.incident)) ?? { from: null, to: null };
  file.records_per_day.forEach((d, i) => {
    const day = toIsoDay(d.day);
    if ((first && day < first) || (last && day > last)) out.push(problem(`records_per_day[${i}].day`, "outsidePeriod", { first: first ?? "…", last: last ?? "…" }));
  });
  return out;
}
