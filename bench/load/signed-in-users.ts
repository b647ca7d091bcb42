// The signed-in half of the load: each user loops until the deadline, picking a read or a write
// at random (weights below), with no pause between requests unless `thinkMs` asks for one (a
// random pause, exponentially distributed around that mean, as people's pauses are). Writes go
// through the app's server actions over HTTP; each carries a unique marker and lands in the
// ledger with the server's answer.
import { setTimeout } from "node:timers/promises";
import type { CaseRow, LoadUser } from "./setup";
import type { Ledger, WriteKind, WriteRecord, WriteStatus } from "./ledger";
import { RouteStats, type Outcome } from "./route-stats";
import { callAction, type ActionPayload } from "./server-action";

export const ACTION_NAMES = ["createFindingAction", "updateFindingAction", "reviseEstimateAction", "requestTransitionAction", "approveProposalAction", "rejectProposalAction", "withdrawProposalAction"] as const;
type ActionName = (typeof ACTION_NAMES)[number];

const REQUEST_TIMEOUT_MS = 30_000;

/** What the users know of the data, shared (as a team that reloads often would) and kept current from the answers. */
export interface World {
  cases: Map<string, CaseRow>;
  findings: Map<string, { incidentId: string; version: number; title: string; severity: string }>;
  estimates: Map<string, { incidentId: string; version: number }>;
  /** Pending proposal per case, as last seen. */
  proposals: Map<string, string>;
}

export interface SignedInUser extends LoadUser {
  cookie: string;
}

interface Context {
  baseUrl: string;
  world: World;
  ledger: Ledger;
  stats: RouteStats;
  actionIds: Record<ActionName, string>;
  deadline: number;
  /** A few bodies of unexpected answers, to report what went wrong. */
  samples: string[];
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const today = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

async function timedGet(ctx: Context, user: SignedInUser, route: string, url: string): Promise<void> {
  const started = performance.now();
  let status: number | null = null;
  let outcome: Outcome;
  try {
    const response = await fetch(`${ctx.baseUrl}${url}`, { headers: { Cookie: user.cookie }, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await response.arrayBuffer();
    status = response.status;
    outcome = status >= 500 ? "5xx" : status >= 400 ? "4xx" : "ok";
    if (outcome !== "ok" && ctx.samples.length < 20) ctx.samples.push(`GET ${url} → ${status}`);
  } catch (error) {
    outcome = "network";
    if (ctx.samples.length < 20) ctx.samples.push(`GET ${url} → ${String(error)}`);
  }
  ctx.stats.record(route, performance.now() - started, outcome, status);
}

function classify(status: number | null, payload: ActionPayload | null): { outcome: Outcome; write: WriteStatus } {
  if (status === null) return { outcome: "network", write: "failed" };
  if (status >= 500) return { outcome: "5xx", write: "failed" };
  if (status >= 400) return { outcome: "4xx", write: "failed" };
  if (!payload) return { outcome: "unexpected", write: "failed" };
  if (payload.ok) return { outcome: "ok", write: "acknowledged" };
  switch (payload.error) {
    case "conflict":
      return { outcome: "conflict", write: "conflict" };
    case "invalid":
      return { outcome: "refused_invalid", write: "refused" };
    case "forbidden":
      return { outcome: "refused_forbidden", write: "refused" };
    case "not_found":
      return { outcome: "refused_not_found", write: "refused" };
    default:
      return { outcome: "unexpected", write: "failed" };
  }
}

async function timedAction(ctx: Context, user: SignedInUser, options: { name: ActionName; pagePath: string; input: Record<string, unknown>; kind: WriteKind; marker: string; entityId: string | null }) {
  const started = performance.now();
  let status: number | null = null;
  let payload: ActionPayload | null = null;
  try {
    const answer = await callAction({ baseUrl: ctx.baseUrl, pagePath: options.pagePath, actionId: ctx.actionIds[options.name], cookie: user.cookie, input: options.input, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    status = answer.status;
    payload = answer.payload;
    if ((!payload || payload.error === "unexpected" || status >= 400) && ctx.samples.length < 20) ctx.samples.push(`${options.name} → ${status}: ${answer.body.slice(0, 300)}`);
  } catch (error) {
    if (ctx.samples.length < 20) ctx.samples.push(`${options.name} → ${String(error)}`);
  }
  const { outcome, write } = classify(status, payload);
  ctx.stats.record(`action ${options.name}`, performance.now() - started, outcome, status);
  const entityId = options.entityId ?? (typeof payload?.data?.id === "string" ? payload.data.id : null);
  const version = write === "acknowledged" && typeof payload?.data?.version === "number" ? payload.data.version : undefined;
  const record: WriteRecord = { marker: options.marker, kind: options.kind, status: write, entityId, ...(version === undefined ? {} : { version }) };
  ctx.ledger.add(record);
  return { write, payload, record };
}

const casePath = (ctx: Context, incidentId: string, tab = "") => `/en/workspace/cases/${ctx.world.cases.get(incidentId)!.slug}${tab}`;

async function createFinding(ctx: Context, user: SignedInUser) {
  const incidentId = pick(user.caseIds);
  const marker = ctx.ledger.marker();
  const title = `Load finding ${marker}`;
  const severity = pick(["low", "medium", "high"]);
  const { write, payload } = await timedAction(ctx, user, {
    name: "createFindingAction",
    pagePath: casePath(ctx, incidentId, "/findings"),
    input: { incidentId, title, body: "Written by the load test.", severity, legalArticles: "Art. 17", evidenceRefs: "" },
    kind: "finding.create",
    marker,
    entityId: null,
  });
  if (write === "acknowledged" && typeof payload?.data?.id === "string") ctx.world.findings.set(payload.data.id, { incidentId, version: 1, title, severity });
}

async function updateFinding(ctx: Context, user: SignedInUser) {
  const mine = [...ctx.world.findings].filter(([, f]) => user.caseIds.includes(f.incidentId));
  if (mine.length === 0) return createFinding(ctx, user);
  const [findingId, finding] = pick(mine);
  const marker = ctx.ledger.marker();
  const { write, payload } = await timedAction(ctx, user, {
    name: "updateFindingAction",
    pagePath: casePath(ctx, finding.incidentId, "/findings"),
    input: { findingId, version: finding.version, title: finding.title, body: `Edited by the load test. ${marker}`, severity: finding.severity, legalArticles: "Art. 17", evidenceRefs: "" },
    kind: "finding.update",
    marker,
    entityId: findingId,
  });
  const seen = write === "acknowledged" ? payload?.data?.version : payload?.conflict?.current?.version;
  if (typeof seen === "number" && seen > finding.version) finding.version = seen;
}

async function reviseEstimate(ctx: Context, user: SignedInUser) {
  const mine = [...ctx.world.estimates].filter(([, e]) => user.caseIds.includes(e.incidentId));
  if (mine.length === 0) return;
  const [estimateId, estimate] = pick(mine);
  const marker = ctx.ledger.marker();
  const sent = estimate.version;
  const { write, payload } = await timedAction(ctx, user, {
    name: "reviseEstimateAction",
    pagePath: casePath(ctx, estimate.incidentId, "/estimates"),
    input: { estimateId, version: sent, asOf: today(), unsplit: String(1000 + Math.floor(Math.random() * 1_000_000)), provenance: "estimated", note: `Revised by the load test. ${marker}` },
    kind: "estimate.revise",
    marker,
    entityId: estimateId,
  });
  const seen = write === "acknowledged" ? sent + 1 : Number(payload?.conflict?.current?.version);
  if (Number.isInteger(seen) && seen > estimate.version) estimate.version = seen;
}

/** The step a user would try from the state they last saw; sometimes a wrong one, as a forged or stale form would. */
function transitionFor(state: string, marker: string): Record<string, unknown> {
  const day = today();
  const reason = `Load test step. ${marker}`;
  const steps: Record<string, Record<string, unknown>> = {
    reported: { transition: "openInspection", inspectionStartedOn: day },
    under_inspection: { transition: "issueFindings", findingsIssuedOn: day },
    findings_issued: { transition: "startLegalReview" },
    legal_review: { transition: "serveNotice", legalReviewNote: "Reviewed.", legalArticles: "Art. 17", noticeServedOn: day, noticeDocRefs: "" },
    notice_of_intent: { transition: "referToCommittee", replyReceivedOn: day, replySummary: "Replied." },
    sanction_decided: { transition: "recordAppeal", appealFiledOn: day, appealForum: "Seoul Administrative Court" },
  };
  const roll = Math.random();
  const step = roll < 0.15 ? { transition: "openInspection", inspectionStartedOn: day } : roll < 0.2 ? { transition: "dismiss" } : (steps[state] ?? { transition: "dismiss" });
  return { ...step, expectedState: state, reason };
}

async function requestTransition(ctx: Context, user: SignedInUser) {
  const incidentId = pick(user.caseIds);
  const known = ctx.world.cases.get(incidentId)!;
  const marker = ctx.ledger.marker();
  const input = { incidentId, ...transitionFor(known.workflowState, marker) };
  const { write, payload, record } = await timedAction(ctx, user, { name: "requestTransitionAction", pagePath: casePath(ctx, incidentId, "/workflow"), input, kind: "workflow.take", marker, entityId: incidentId });
  const data = payload?.data;
  if (write === "acknowledged" && data?.kind === "transitioned" && typeof data.to === "string") known.workflowState = data.to;
  if (write === "acknowledged" && data?.kind === "proposed" && typeof data.proposalId === "string") {
    ctx.world.proposals.set(incidentId, data.proposalId);
    // A proposal is its own kind of write: it is checked in transition_proposals, not state_transitions.
    record.kind = "workflow.propose";
  }
  const current = payload?.conflict?.current?.workflowState;
  if (typeof current === "string") known.workflowState = current;
}

async function decideProposal(ctx: Context, user: SignedInUser) {
  const pending = [...ctx.world.proposals].filter(([incidentId]) => user.caseIds.includes(incidentId));
  if (pending.length === 0) return requestTransition(ctx, user);
  const [incidentId, proposalId] = pick(pending);
  const roll = Math.random();
  const name: ActionName = roll < 0.4 ? "approveProposalAction" : roll < 0.8 ? "rejectProposalAction" : "withdrawProposalAction";
  const marker = ctx.ledger.marker();
  const { write, payload } = await timedAction(ctx, user, {
    name,
    pagePath: casePath(ctx, incidentId, "/workflow"),
    input: { proposalId, note: `Load test decision. ${marker}` },
    kind: "workflow.decide",
    marker,
    entityId: proposalId,
  });
  if (write === "acknowledged" || write === "conflict" || payload?.error === "not_found") {
    if (ctx.world.proposals.get(incidentId) === proposalId) ctx.world.proposals.delete(incidentId);
  }
  if (write === "acknowledged" && payload?.data?.kind === "transitioned" && typeof payload.data.to === "string") ctx.world.cases.get(incidentId)!.workflowState = payload.data.to;
}

const OPERATIONS: readonly { weight: number; run: (ctx: Context, user: SignedInUser) => Promise<void> }[] = [
  { weight: 12, run: (ctx, user) => timedGet(ctx, user, "GET /api/cases", pick(["/api/cases", "/api/cases?q=consent", "/api/cases?state=under_inspection"])) },
  { weight: 12, run: (ctx, user) => timedGet(ctx, user, "GET /[locale]/workspace/cases/[slug]", casePath(ctx, pick(user.caseIds))) },
  { weight: 6, run: (ctx, user) => timedGet(ctx, user, "GET /[locale]/workspace/cases/[slug]/findings", casePath(ctx, pick(user.caseIds), "/findings")) },
  { weight: 10, run: (ctx, user) => timedGet(ctx, user, "GET /api/cases/[slug]/series", `/api/cases/${ctx.world.cases.get(pick(user.caseIds))!.slug}/series`) },
  { weight: 10, run: createFinding },
  { weight: 22, run: updateFinding },
  { weight: 15, run: reviseEstimate },
  { weight: 8, run: requestTransition },
  { weight: 5, run: decideProposal },
];
const TOTAL_WEIGHT = OPERATIONS.reduce((sum, op) => sum + op.weight, 0);

function pickOperation() {
  let roll = Math.random() * TOTAL_WEIGHT;
  for (const op of OPERATIONS) {
    roll -= op.weight;
    if (roll < 0) return op;
  }
  return OPERATIONS[0]!;
}

export async function runSignedInUsers(options: Omit<Context, "stats" | "samples"> & { users: SignedInUser[]; thinkMs: number }) {
  const ctx: Context = { ...options, stats: new RouteStats(), samples: [] };
  const think = () => Math.min(-Math.log(1 - Math.random()) * options.thinkMs, Math.max(0, ctx.deadline - Date.now()));
  await Promise.all(
    options.users.map(async (user) => {
      // People do not all click at the same instant: with pauses, each user starts after one.
      if (options.thinkMs > 0) await setTimeout(think());
      while (Date.now() < ctx.deadline) {
        await pickOperation().run(ctx, user);
        if (options.thinkMs > 0) await setTimeout(think());
      }
    }),
  );
  return { stats: ctx.stats, samples: ctx.samples };
}
