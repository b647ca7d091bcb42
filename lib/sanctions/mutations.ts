import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail } from "@/lib/actions/result";
import { MONEY_MESSAGES } from "@/lib/money/schema";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { requireCaseAction } from "@/lib/cases/case-guard";
import { conflictError } from "@/lib/cases/versioned-items";
import { readArticleLinks, writeArticleLinks } from "@/lib/legal-articles/links";
import { lockWorkflow } from "@/lib/workflow/lock-workflow";
import type { WorkflowState } from "@/lib/workflow/machine";
import { STATE_LABEL } from "@/lib/workflow/messages";
import type { z } from "zod";
import { createSanctionSchema, PROPOSING_STATES, recordAppealOutcomeSchema, updateSanctionSchema, withdrawSanctionSchema } from "./schema";

type Out<S extends z.ZodType> = z.output<S>;


/** Locks the case (as every workflow step does) so a sanction cannot change under a decision being approved. */
async function lockForSanctions(tx: Prisma.TransactionClient, viewer: Viewer, incidentId: string, allowed: readonly WorkflowState[]) {
  await requireCaseAction(tx, viewer, incidentId, "sanction.edit");
  const locked = await lockWorkflow(tx, incidentId);
  if (!locked) return fail("not_found", "No such case.");
  if (!allowed.includes(locked.state)) {
    fail("invalid", allowed === PROPOSING_STATES
      ? `Sanctions are proposed between the findings and the decision; the case is ${STATE_LABEL[locked.state]}.`
      : `Appeal outcomes are recorded while the case is under appeal; it is ${STATE_LABEL[locked.state]}.`);
  }
  return locked;
}

async function loadSanction(tx: Prisma.TransactionClient, sanctionId: string) {
  const sanction = await tx.sanction.findUnique({ where: { id: sanctionId } });
  if (!sanction) return fail("not_found", "No such sanction.");
  return sanction;
}

async function updateProposed(tx: Prisma.TransactionClient, sanctionId: string, version: number, data: Prisma.SanctionUpdateManyMutationInput) {
  const { count } = await tx.sanction.updateMany({ where: { id: sanctionId, version, status: "proposed" }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const current = await tx.sanction.findUniqueOrThrow({ where: { id: sanctionId } });
    if (current.status !== "proposed") fail("invalid", "Only a proposed sanction can be changed; a decided one changes only through an appeal.");
    throw await conflictError(tx, "sanction", sanctionId, current);
  }
  return tx.sanction.findUniqueOrThrow({ where: { id: sanctionId } });
}

async function createSanction(viewer: Viewer, input: Out<typeof createSanctionSchema>) {
  return prisma.$transaction(async (tx) => {
    await lockForSanctions(tx, viewer, input.incidentId, PROPOSING_STATES);
    const { articleIds, ...fields } = input;
    const sanction = await tx.sanction.create({ data: { ...fields, status: "proposed", createdById: viewer.id } });
    const articles = await writeArticleLinks(tx, "sanction", sanction.id, articleIds ?? []);
    await recordAudit(tx, { actor: actorOf(viewer), action: "sanction.proposed", entityType: "sanction", entityId: sanction.id, incidentId: sanction.incidentId, after: { ...sanction, articles } });
    return sanction;
  });
}

async function updateSanction(viewer: Viewer, input: Out<typeof updateSanctionSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await loadSanction(tx, input.sanctionId);
    await lockForSanctions(tx, viewer, before.incidentId, PROPOSING_STATES);
    const { sanctionId, version, articleIds, ...fields } = input;
    const articlesBefore = await readArticleLinks(tx, "sanction", sanctionId);
    const after = await updateProposed(tx, sanctionId, version, fields);
    // Absent ids (a caller that does not know the library) leave the links as they are.
    const articles = articleIds ? await writeArticleLinks(tx, "sanction", sanctionId, articleIds) : articlesBefore;
    await recordAudit(tx, { actor: actorOf(viewer), action: "sanction.updated", entityType: "sanction", entityId: sanctionId, incidentId: after.incidentId, before: { ...before, articles: articlesBefore }, after: { ...after, articles } });
    return after;
  });
}

async function withdrawSanction(viewer: Viewer, input: Out<typeof withdrawSanctionSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await loadSanction(tx, input.sanctionId);
    await lockForSanctions(tx, viewer, before.incidentId, PROPOSING_STATES);
    const after = await updateProposed(tx, input.sanctionId, input.version, { status: "withdrawn", note: input.reason });
    await recordAudit(tx, { actor: actorOf(viewer), action: "sanction.withdrawn", entityType: "sanction", entityId: after.id, incidentId: after.incidentId, before, after });
    return after;
  });
}

/**
 * An appeal's outcome never overwrites the decided sanction: it is a new version linked to the
 * one it replaces, which is kept (marked superseded) with its amount. The database refuses any
 * other change to a decided sanction.
 */
async function recordAppealOutcome(viewer: Viewer, input: Out<typeof recordAppealOutcomeSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await loadSanction(tx, input.sanctionId);
    await lockForSanctions(tx, viewer, before.incidentId, ["appealed"]);
    if (before.status !== "decided" || before.appealOutcome !== null) {
      fail("invalid", "The appeal outcome is recorded on a decided sanction that has none yet.");
    }
    // The currency matters only for an amount given (a reduction); an upheld or annulled sanction keeps its own.
    if (input.amountMinor !== null && input.currency !== before.currency) fail("invalid", "A reduced amount is in the sanction's own currency.", { currency: [MONEY_MESSAGES.otherCurrency] });
    let amountMinor = before.amountMinor;
    if (input.outcome === "annulled") amountMinor = before.amountMinor === null ? null : 0n;
    if (input.outcome === "reduced") {
      if (before.amountMinor === null) fail("invalid", "Only a sanction with an amount can be reduced.", { outcome: ["Only a sanction with an amount can be reduced."] });
      if (input.amountMinor === null || input.amountMinor >= (before.amountMinor ?? 0n)) {
        fail("invalid", "A reduced amount must be less than the decided one.", { amount: ["A reduced amount must be less than the decided one."] });
      }
      amountMinor = input.amountMinor;
    }
    const { count } = await tx.sanction.updateMany({ where: { id: before.id, version: input.version, status: "decided" }, data: { status: "superseded", version: { increment: 1 } } });
    if (count === 0) throw await conflictError(tx, "sanction", before.id, await tx.sanction.findUniqueOrThrow({ where: { id: before.id } }));
    const next = await tx.sanction.create({
      data: {
        incidentId: before.incidentId,
        type: before.type,
        subjectName: before.subjectName,
        subjectOrgId: before.subjectOrgId,
        proposedAmountMinor: before.proposedAmountMinor,
        amountMinor,
        currency: before.currency,
        legalBasis: before.legalBasis,
        decisionDate: before.decisionDate,
        decisionDocRefs: before.decisionDocRefs,
        status: "decided",
        appealOutcome: input.outcome,
        appealDecidedOn: input.decidedOn,
        appealDocRefs: input.docRefs,
        note: input.note,
        supersedesId: before.id,
        createdById: viewer.id,
      },
    });
    // The new version cites what the decided one cited (links may be written in the transaction that creates it).
    const cited = await tx.sanctionLegalArticle.findMany({ where: { sanctionId: before.id }, orderBy: { position: "asc" }, select: { articleId: true } });
    await writeArticleLinks(tx, "sanction", next.id, cited.map((link) => link.articleId));
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: `sanction.appeal_${input.outcome}`,
      entityType: "sanction",
      entityId: next.id,
      incidentId: next.incidentId,
      before: { id: before.id, amountMinor: before.amountMinor, currency: before.currency, appealOutcome: null },
      after: { id: next.id, amountMinor: next.amountMinor, currency: next.currency, appealOutcome: next.appealOutcome, supersedesId: before.id },
    });
    return next;
  });
}

/** Each sanction mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const sanctionActions = {
  create: defineAction(createSanctionSchema, createSanction),
  update: defineAction(updateSanctionSchema, updateSanction),
  withdraw: defineAction(withdrawSanctionSchema, withdrawSanction),
  recordAppealOutcome: defineAction(recordAppealOutcomeSchema, recordAppealOutcome),
};
