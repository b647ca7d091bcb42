import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { CaseAccess, Viewer } from "@/lib/auth/permissions";
import { daysInState } from "./clocks";
import { loadFacts, transitionIdOf } from "./lock-workflow";
import { availability, decide, TRANSITION_IDS, TRANSITIONS, type Blocker, type TransitionId, type WorkflowActor, type WorkflowSnapshot, type WorkflowState } from "./machine";

export type HistoryEntry = {
  id: string;
  at: Date;
  kind: "transition" | "proposed" | "approved" | "rejected" | "withdrawn";
  actor: string | null;
  from: WorkflowState;
  to: WorkflowState;
  /** The step's reason, or the approver's / rejecter's note. */
  text: string | null;
  details: Record<string, unknown> | null;
};

/** Everything the Workflow tab shows, with each action worked out for this viewer by the same rules the server applies. */
export async function getWorkflow(viewer: Viewer, incident: { id: string; workflowState: WorkflowState; stateEnteredAt: Date; jurisdiction: string }, access: CaseAccess) {
  const [facts, proposals, transitions, clocks, sanctions, jurisdiction] = await Promise.all([
    loadFacts(prisma, incident.id),
    prisma.transitionProposal.findMany({
      where: { incidentId: incident.id },
      orderBy: { createdAt: "asc" },
      include: { proposedBy: { select: { name: true, email: true } }, decidedBy: { select: { name: true } } },
    }),
    prisma.stateTransition.findMany({ where: { incidentId: incident.id }, orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } }),
    prisma.caseClock.findMany({ where: { incidentId: incident.id }, orderBy: { startsAt: "asc" } }),
    prisma.sanction.findMany({
      where: { incidentId: incident.id },
      orderBy: { createdAt: "asc" },
      include: { articles: { orderBy: { position: "asc" }, select: { article: { select: { id: true, lawCode: true, lawName: true, lawNameKo: true, number: true, title: true, titleKo: true, url: true } } } } },
    }),
    // The rules the case's jurisdiction sets now: for clocks yet to start, and to say which never will.
    prisma.jurisdiction.findUniqueOrThrow({ where: { code: incident.jurisdiction }, include: { rules: true } }),
  ]);

  const pendingRow = proposals.find((p) => p.status === "pending") ?? null;
  const snapshot: WorkflowSnapshot = {
    state: incident.workflowState,
    facts,
    pending: pendingRow ? { id: pendingRow.id, transitionId: transitionIdOf(pendingRow.details), proposedById: pendingRow.proposedById } : null,
  };
  const actor: WorkflowActor = { id: viewer.id, role: viewer.role, assigned: access.assignedUserIds.includes(viewer.id) };

  const actions = TRANSITION_IDS.filter((id) => TRANSITIONS[id].from.includes(incident.workflowState)).map((id) => {
    const result = availability(snapshot, id, actor);
    return { transitionId: id, to: TRANSITIONS[id].to, gated: TRANSITIONS[id].gated, enabled: result.ok, blockers: result.ok ? ([] as Blocker[]) : result.blockers };
  });

  const pending = pendingRow
    ? {
        id: pendingRow.id,
        transitionId: transitionIdOf(pendingRow.details) as TransitionId,
        from: pendingRow.fromState,
        to: pendingRow.toState,
        reason: pendingRow.reason,
        details: pendingRow.details as Record<string, unknown>,
        proposedBy: pendingRow.proposedBy?.name ?? null,
        createdAt: pendingRow.createdAt,
        canApprove: decide(snapshot, { kind: "approve", proposalId: pendingRow.id }, actor).ok,
        canReject: decide(snapshot, { kind: "reject", proposalId: pendingRow.id }, actor).ok,
        canWithdraw: decide(snapshot, { kind: "withdraw", proposalId: pendingRow.id }, actor).ok,
        isMine: pendingRow.proposedById === viewer.id,
      }
    : null;

  const history: HistoryEntry[] = [];
  for (const p of proposals) {
    history.push({ id: `p-${p.id}`, at: p.createdAt, kind: "proposed", actor: p.proposedBy?.name ?? null, from: p.fromState, to: p.toState, text: p.reason, details: p.details as Record<string, unknown> });
    if (p.decidedAt && p.status !== "pending" && p.status !== "approved") {
      history.push({ id: `d-${p.id}`, at: p.decidedAt, kind: p.status, actor: p.decidedBy?.name ?? null, from: p.fromState, to: p.toState, text: p.decisionNote, details: null });
    }
  }
  for (const t of transitions) {
    history.push({
      id: `t-${t.id}`,
      at: t.createdAt,
      kind: t.proposalId ? "approved" : "transition",
      actor: t.actor?.name ?? null,
      from: t.fromState,
      to: t.toState,
      text: t.proposalId ? (proposals.find((p) => p.id === t.proposalId)?.decisionNote ?? null) : t.reason,
      details: t.details as Record<string, unknown> | null,
    });
  }
  history.sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id));

  // Each sanction as its current version with the versions it replaced, newest first.
  const byId = new Map(sanctions.map((s) => [s.id, s]));
  const current = sanctions.filter((s) => s.status !== "superseded");
  const sanctionChains = current.map((s) => {
    const chain = [s];
    let previous = s.supersedesId ? byId.get(s.supersedesId) : undefined;
    while (previous) {
      chain.push(previous);
      previous = previous.supersedesId ? byId.get(previous.supersedesId) : undefined;
    }
    return { current: s, chain };
  });

  return {
    state: incident.workflowState,
    stateEnteredAt: incident.stateEnteredAt,
    daysInState: daysInState(incident.stateEnteredAt, new Date()),
    visited: new Set<WorkflowState>([...transitions.map((t) => t.fromState), ...transitions.map((t) => t.toState), incident.workflowState]),
    actions,
    pending,
    history,
    clocks,
    jurisdiction,
    sanctionChains,
    proposedSanctions: sanctions.filter((s) => s.status === "proposed"),
  };
}

export type WorkflowView = Awaited<ReturnType<typeof getWorkflow>>;
