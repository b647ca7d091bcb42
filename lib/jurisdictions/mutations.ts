import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { ActionError, refuseField } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { conflictError } from "@/lib/cases/versioned-items";
import { prisma } from "@/lib/db/prisma";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { CLOCK_KINDS } from "@/lib/enums";
import { createJurisdictionSchema, type CreateJurisdictionInput, updateClockRuleSchema, type UpdateClockRuleInput } from "./schema";

const RULE_FIELDS = { id: true, jurisdictionCode: true, kind: true, length: true, unit: true, legalReference: true, legalReferenceKo: true, version: true, updatedAt: true } as const;

/**
 * Edits a clock rule. Clocks already running keep the copy they took when they started
 * (case_clocks.rule*), so this changes only the clocks that start afterwards.
 */
async function updateClockRule(viewer: Viewer, input: UpdateClockRuleInput) {
  assertCan(viewer, "jurisdiction.manage");
  return prisma.$transaction(async (tx) => {
    const before = await tx.clockRule.findUnique({ where: { id: input.ruleId }, select: RULE_FIELDS });
    if (!before) throw new ActionError("not_found", "No such clock rule.");
    const data = { length: input.length, unit: input.unit, legalReference: input.legalReference, legalReferenceKo: input.legalReferenceKo };
    const { count } = await tx.clockRule.updateMany({ where: { id: input.ruleId, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) {
      const { length, unit, legalReference, legalReferenceKo } = before;
      throw await conflictError(tx, "clock_rule", `${before.jurisdictionCode}:${before.kind}`, { length, unit, legalReference, legalReferenceKo });
    }
    const after = await tx.clockRule.findUniqueOrThrow({ where: { id: input.ruleId }, select: RULE_FIELDS });
        // Named by jurisdiction and kind, which never change, so the trail reads "EU · Appeal window".
    await recordAudit(tx, { actor: actorOf(viewer), action: "clock_rule.updated", entityType: "clock_rule", entityId: `${after.jurisdictionCode}:${after.kind}`, before, after });
    return after;
  });
}

/** Adds a jurisdiction with one rule of each kind, all "not set" until an administrator enters them. */
async function createJurisdiction(viewer: Viewer, input: CreateJurisdictionInput) {
  assertCan(viewer, "jurisdiction.manage");
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.jurisdiction.create({ data: { ...input, rules: { create: CLOCK_KINDS.map((kind) => ({ kind, length: null })) } } });
      await recordAudit(tx, { actor: actorOf(viewer), action: "jurisdiction.created", entityType: "jurisdiction", entityId: created.code, after: created });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refuseField("code", "validation.clockRule.codeTaken");
    throw error;
  }
}

export const jurisdictionActions = {
  updateRule: defineAction(updateClockRuleSchema, updateClockRule),
  create: defineAction(createJurisdictionSchema, createJurisdiction),
};
