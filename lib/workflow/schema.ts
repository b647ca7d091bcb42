// What each workflow step must record, shared by the Workflow tab's forms and the server. A reason
// always; then exactly the fields the step needs. The `details` of each step are stored with the
// transition (and with its proposal while it waits for approval).
import { z } from "zod";
import { bool, id, lineList, optionalPastDay, optionalText, pastDay, text } from "@/lib/validation/fields";
import { WORKFLOW_STATES } from "@/lib/enums";
import { toDecimal } from "@/lib/money/amount";
import { amountText, currencyCode, readAmount } from "@/lib/money/schema";
import type { TransitionId } from "./machine";

const reason = text(5_000);
const docRefs = (min: number) =>
  lineList({ maxItems: 50, maxLength: 500 }).refine((items) => items.length >= min, min === 1 ? "Give at least one document reference." : `Give at least ${min}.`);

// A decided amount is in its sanction's currency (checked against the sanction when the step is
// taken). It stays text, canonical and exact ("5000000000", "1234.50"), so the details stored
// with the step parse back through this schema; steps written before currencies carry amountKrw.
const sanctionDecisionSchema = z
  .preprocess(
    (v) => (v && typeof v === "object" && "amountKrw" in v && !("amount" in v) ? { sanctionId: (v as { sanctionId?: unknown }).sanctionId, amount: v.amountKrw, currency: "KRW" } : v),
    z.object({ sanctionId: id, amount: amountText, currency: currencyCode }),
  )
  .transform(({ sanctionId, amount, currency }, ctx) => {
    const minor = readAmount(amount, currency, ctx, "amount");
    return { sanctionId, currency, amount: minor === null || minor === undefined ? null : toDecimal({ minor, currency }) };
  });

export const TRANSITION_DETAILS = {
  openInspection: z.object({ inspectionStartedOn: pastDay }),
  issueFindings: z.object({ findingsIssuedOn: pastDay }),
  startLegalReview: z.object({}),
  serveNotice: z.object({
    legalReviewNote: text(10_000),
    legalArticles: lineList({ maxItems: 30, maxLength: 300 }).refine((items) => items.length > 0, "Cite at least one legal article."),
    noticeServedOn: pastDay,
    noticeDocRefs: docRefs(0),
  }),
  referToCommittee: z.object({ replyReceivedOn: optionalPastDay, replySummary: optionalText(10_000) }),
  decideSanctions: z.object({
    decisionDate: pastDay,
    decisionDocRefs: docRefs(1),
    decisions: z.array(sanctionDecisionSchema).min(1, "Decide at least one sanction.").max(50),
  }),
  recordAppeal: z.object({ appealFiledOn: pastDay, appealForum: text(300) }),
  closeAfterDecision: z.object({ appealWaived: bool, waiverRef: optionalText(500) }),
  closeAfterAppeal: z.object({ judgmentRefs: docRefs(0) }),
  dismiss: z.object({}),
} satisfies Record<TransitionId, z.ZodType>;

export type TransitionDetails<T extends TransitionId> = z.output<(typeof TRANSITION_DETAILS)[T]>;

const base = { incidentId: id, expectedState: z.enum(WORKFLOW_STATES), reason };

// Flat, so each field's error comes back under the field's own name.
const request = <T extends TransitionId>(transition: T) => z.object({ ...base, transition: z.literal(transition), ...TRANSITION_DETAILS[transition].shape });

/** Taking an ungated step, or proposing a gated one: the same fields either way. */
export const transitionRequestSchema = z.discriminatedUnion("transition", [
  request("openInspection"),
  request("issueFindings"),
  request("startLegalReview"),
  request("serveNotice"),
  request("referToCommittee"),
  request("decideSanctions"),
  request("recordAppeal"),
  request("closeAfterDecision"),
  request("closeAfterAppeal"),
  request("dismiss"),
]);
export type ParsedTransitionRequest = z.output<typeof transitionRequestSchema>;

/** The step's own fields out of a parsed request, to store with the transition or proposal. */
export function detailsOf(request: ParsedTransitionRequest): Record<string, unknown> {
  const keys = Object.keys(TRANSITION_DETAILS[request.transition].shape);
  return Object.fromEntries(Object.entries(request).filter(([key]) => keys.includes(key)));
}

/** Details as JSON that parses back through the same schema: days as YYYY-MM-DD, amounts as strings. */
export function detailsToJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(detailsToJson);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, detailsToJson(v)]));
  return value;
}

export const proposalDecisionSchema = z.object({ proposalId: id, note: optionalText(5_000) });
export const rejectProposalSchema = z.object({ proposalId: id, note: text(5_000) });

/** The fields each step's form shows, in order; kept equal to the schema by a unit test. */
export type FieldKind = "day" | "text" | "longText" | "lines" | "checkbox" | "decisions";
export const TRANSITION_FIELDS: Readonly<Record<TransitionId, readonly { name: string; kind: FieldKind; optional?: boolean }[]>> = {
  openInspection: [{ name: "inspectionStartedOn", kind: "day" }],
  issueFindings: [{ name: "findingsIssuedOn", kind: "day" }],
  startLegalReview: [],
  serveNotice: [
    { name: "legalReviewNote", kind: "longText" },
    { name: "legalArticles", kind: "lines" },
    { name: "noticeServedOn", kind: "day" },
    { name: "noticeDocRefs", kind: "lines", optional: true },
  ],
  referToCommittee: [
    { name: "replyReceivedOn", kind: "day", optional: true },
    { name: "replySummary", kind: "longText", optional: true },
  ],
  decideSanctions: [
    { name: "decisionDate", kind: "day" },
    { name: "decisionDocRefs", kind: "lines" },
    { name: "decisions", kind: "decisions" },
  ],
  recordAppeal: [
    { name: "appealFiledOn", kind: "day" },
    { name: "appealForum", kind: "text" },
  ],
  closeAfterDecision: [
    { name: "appealWaived", kind: "checkbox", optional: true },
    { name: "waiverRef", kind: "text", optional: true },
  ],
  closeAfterAppeal: [{ name: "judgmentRefs", kind: "lines", optional: true }],
  dismiss: [],
};
