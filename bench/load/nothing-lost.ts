// After the load, straight in SQL: every acknowledged write is stored exactly once with its audit
// row; refused writes left no trace; a write whose answer was lost is either fully there or not
// at all; versions (and estimate revisions) only go up by one, in audit order; each case's
// workflow history is one unbroken chain ending in its current state.
import type pg from "pg";
import { MARKER_PATTERN, type Ledger, type WriteRecord } from "./ledger";

type Counts = Map<string, number>;
const bump = (map: Counts, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** Markers found in one column of one table, counted (a marker twice in one table is a duplicate). */
async function markersIn(db: pg.Client, runId: string, sql: string): Promise<Counts> {
  const counts: Counts = new Map();
  const { rows } = await db.query<{ text: string | null }>(sql, [`%LOAD-${runId}-%`]);
  for (const row of rows) for (const marker of new Set(row.text?.match(MARKER_PATTERN) ?? [])) bump(counts, marker);
  return counts;
}

interface AuditRow {
  id: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const AUDIT_ACTIONS: Record<WriteRecord["kind"], readonly string[]> = {
  "finding.create": ["finding.created"],
  "finding.update": ["finding.updated"],
  "estimate.revise": ["estimate.revised"],
  "workflow.take": ["workflow.transitioned", "workflow.proposed"],
  "workflow.propose": ["workflow.proposed"],
  "workflow.decide": ["workflow.proposal_approved", "workflow.proposal_rejected", "workflow.proposal_withdrawn"],
};

export interface NothingLostReport {
  ok: boolean;
  writesChecked: number;
  acknowledgedFound: number;
  /** Failed answers whose write had committed anyway (fully: row and audit). */
  committedWithoutAnswer: number;
  findingsVersionChains: number;
  estimateRevisionChains: number;
  workflowChains: number;
  problems: string[];
}

export async function checkNothingLost(db: pg.Client, ledger: Ledger, initial: { estimateVersions: Map<string, number>; caseStates: Map<string, string>; startedAt: Date }): Promise<NothingLostReport> {
  const runId = ledger.runId;
  const problems: string[] = [];
  const problem = (line: string) => {
    if (problems.length < 50) problems.push(line);
  };

  // Where each kind of write leaves its marker outside the audit trail.
  const findingTitles = await markersIn(db, runId, `SELECT title AS text FROM findings WHERE title LIKE $1`);
  const revisionNotes = await markersIn(db, runId, `SELECT note AS text FROM estimate_revisions WHERE note LIKE $1`);
  const transitionReasons = await markersIn(db, runId, `SELECT reason AS text FROM state_transitions WHERE reason LIKE $1`);
  const proposalReasons = await markersIn(db, runId, `SELECT reason AS text FROM transition_proposals WHERE reason LIKE $1`);
  const decisionNotes = await markersIn(db, runId, `SELECT "decisionNote" AS text FROM transition_proposals WHERE "decisionNote" LIKE $1`);

  const audits = (await db.query<AuditRow>(`SELECT id::text, action, "entityType", "entityId", before, after FROM audit_events WHERE after::text LIKE $1 ORDER BY audit_events.id`, [`%LOAD-${runId}-%`])).rows;
  const auditByMarker = new Map<string, AuditRow[]>();
  for (const row of audits) {
    for (const marker of new Set(JSON.stringify(row.after).match(MARKER_PATTERN) ?? [])) auditByMarker.set(marker, [...(auditByMarker.get(marker) ?? []), row]);
  }

  const entityHits = (w: WriteRecord): number => {
    switch (w.kind) {
      case "finding.create":
        return findingTitles.get(w.marker) ?? 0;
      case "finding.update":
        return -1; // an edit's marker lives in the audit trail; the row holds only the latest edit
      case "estimate.revise":
        return revisionNotes.get(w.marker) ?? 0;
      case "workflow.take":
        return (transitionReasons.get(w.marker) ?? 0) + (proposalReasons.get(w.marker) ?? 0);
      case "workflow.propose":
        return proposalReasons.get(w.marker) ?? 0;
      case "workflow.decide":
        return decisionNotes.get(w.marker) ?? 0;
    }
  };

  const sent = new Set(ledger.writes.map((w) => w.marker));
  let acknowledgedFound = 0;
  let committedWithoutAnswer = 0;
  for (const w of ledger.writes) {
    const auditRows = (auditByMarker.get(w.marker) ?? []).filter((r) => AUDIT_ACTIONS[w.kind].includes(r.action));
    const entity = entityHits(w);
    const where = `${w.kind} ${w.marker} (${w.status})`;
    if (w.status === "acknowledged") {
      if (entity !== -1 && entity !== 1) problem(`${where}: stored ${entity} times, expected exactly once`);
      if (auditRows.length !== 1) problem(`${where}: ${auditRows.length} audit rows, expected 1`);
      const audit = auditRows[0];
      if (audit && w.entityId && audit.entityId !== w.entityId && w.kind !== "workflow.decide" && w.kind !== "workflow.propose") problem(`${where}: audit row names ${audit.entityId}, the write was to ${w.entityId}`);
      if (w.kind === "finding.update" && audit && w.version !== undefined && audit.after?.version !== w.version) problem(`${where}: acknowledged as version ${w.version}, audited as ${String(audit.after?.version)}`);
      if ((entity === -1 || entity === 1) && auditRows.length === 1) acknowledgedFound += 1;
    } else if (w.status === "failed") {
      const stored = entity === -1 ? auditRows.length : entity;
      if (stored !== auditRows.length || stored > 1) problem(`${where}: half there (${stored} rows, ${auditRows.length} audit rows)`);
      if (stored === 1 && auditRows.length === 1) committedWithoutAnswer += 1;
    } else if (entity > 0 || auditRows.length > 0) {
      problem(`${where}: refused, yet ${Math.max(entity, 0)} rows and ${auditRows.length} audit rows carry its marker`);
    }
  }
  for (const marker of [...findingTitles.keys(), ...revisionNotes.keys(), ...transitionReasons.keys(), ...proposalReasons.keys(), ...decisionNotes.keys(), ...auditByMarker.keys()]) {
    if (!sent.has(marker)) problem(`${marker}: in the database but never sent`);
  }

  // Finding versions: in audit order, each change goes from the version the previous one left to
  // the next; the row ends at the last audited version.
  const touchedFindings = [...new Set(ledger.writes.filter((w) => w.kind.startsWith("finding.") && w.entityId).map((w) => w.entityId!))];
  const findingAudits = (await db.query<AuditRow>(`SELECT id::text, action, "entityType", "entityId", before, after FROM audit_events WHERE "entityType" = 'finding' AND "entityId" = ANY($1) ORDER BY audit_events.id`, [touchedFindings])).rows;
  const findingRows = new Map((await db.query<{ id: string; version: number }>(`SELECT id, version FROM findings WHERE id = ANY($1)`, [touchedFindings])).rows.map((r) => [r.id, r.version]));
  for (const findingId of touchedFindings) {
    let last: number | null = null;
    for (const row of findingAudits.filter((r) => r.entityId === findingId)) {
      const after = row.after?.version;
      if (typeof after !== "number") continue;
      const before = row.before?.version;
      if (last !== null && before !== last) problem(`finding ${findingId}: audit ${row.id} starts from version ${String(before)}, the previous audit left ${last}`);
      if (typeof before === "number" && after !== before + 1) problem(`finding ${findingId}: audit ${row.id} goes from version ${before} to ${after}`);
      if (last !== null && after <= last) problem(`finding ${findingId}: version ${after} after ${last}`);
      last = after;
    }
    const stored = findingRows.get(findingId);
    if (stored === undefined) problem(`finding ${findingId}: the row is gone`);
    else if (last !== null && stored !== last) problem(`finding ${findingId}: row at version ${stored}, the audit trail ends at ${last}`);
  }

  // Estimates: revisions numbered 1..n without gaps, each audited revision one above the one
  // before it, and the estimate's version moved once per audited change.
  const touchedEstimates = [...initial.estimateVersions.keys()];
  const revisions = (await db.query<{ estimateId: string; revisions: number[] }>(`SELECT "estimateId", array_agg(revision ORDER BY revision) AS revisions FROM estimate_revisions WHERE "estimateId" = ANY($1) GROUP BY "estimateId"`, [touchedEstimates])).rows;
  for (const row of revisions) {
    row.revisions.forEach((n, i) => {
      if (n !== i + 1) problem(`estimate ${row.estimateId}: revisions ${row.revisions.join(",")} are not 1..n`);
    });
  }
  const estimateAudits = (await db.query<AuditRow>(`SELECT id::text, action, "entityType", "entityId", before, after FROM audit_events WHERE "entityType" = 'estimate' AND "entityId" = ANY($1) AND after::text LIKE $2 ORDER BY audit_events.id`, [touchedEstimates, `%LOAD-${runId}-%`])).rows;
  const estimateVersions = new Map((await db.query<{ id: string; version: number }>(`SELECT id, version FROM population_estimates WHERE id = ANY($1)`, [touchedEstimates])).rows.map((r) => [r.id, r.version]));
  for (const estimateId of touchedEstimates) {
    const rows = estimateAudits.filter((r) => r.entityId === estimateId && r.action === "estimate.revised");
    let last: number | null = null;
    for (const row of rows) {
      const after = Number(row.after?.revision);
      if (last !== null && after <= last) problem(`estimate ${estimateId}: revision ${after} audited after ${last}`);
      if (row.before?.revision !== undefined && after !== Number(row.before.revision) + 1) problem(`estimate ${estimateId}: audit ${row.id} goes from revision ${String(row.before.revision)} to ${after}`);
      last = after;
    }
    const moved = (estimateVersions.get(estimateId) ?? 0) - (initial.estimateVersions.get(estimateId) ?? 0);
    if (moved !== rows.length) problem(`estimate ${estimateId}: version moved by ${moved}, ${rows.length} revisions audited`);
  }

  // Workflow: each case's transitions during the run, in order, form one chain from the state it
  // had at the start to the state it is in now.
  const chains = (await db.query<{ id: string; state: string; steps: { from: string; to: string }[] | null }>(
    `SELECT i.id, i."workflowState"::text AS state,
            (SELECT json_agg(json_build_object('from', t."fromState", 'to', t."toState") ORDER BY t."createdAt", t.id) FROM state_transitions t WHERE t."incidentId" = i.id AND t."createdAt" >= $1) AS steps
     FROM incidents i WHERE i."deletedAt" IS NULL`,
    [initial.startedAt],
  )).rows;
  let workflowChains = 0;
  for (const chain of chains) {
    const steps = chain.steps ?? [];
    const start = initial.caseStates.get(chain.id);
    if (steps.length === 0) {
      if (start !== undefined && start !== chain.state) problem(`case ${chain.id}: moved from ${start} to ${chain.state} without a recorded transition`);
      continue;
    }
    workflowChains += 1;
    steps.forEach((step, i) => {
      const previous = i === 0 ? start : steps[i - 1]!.to;
      if (previous !== undefined && step.from !== previous) problem(`case ${chain.id}: transition ${i + 1} leaves ${step.from}, the case was ${previous}`);
    });
    if (steps.at(-1)!.to !== chain.state) problem(`case ${chain.id}: is ${chain.state}, its last transition reached ${steps.at(-1)!.to}`);
  }

  return {
    ok: problems.length === 0,
    writesChecked: ledger.writes.length,
    acknowledgedFound,
    committedWithoutAnswer,
    findingsVersionChains: touchedFindings.length,
    estimateRevisionChains: touchedEstimates.length,
    workflowChains,
    problems,
  };
}
