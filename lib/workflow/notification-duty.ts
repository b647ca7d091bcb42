import "server-only";
import { ActionError, refuseField } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { requireCaseAction } from "@/lib/cases/case-guard";
import { conflictError } from "@/lib/cases/versioned-items";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dueFromInstant, zonedInstant, type FrozenRule } from "@/lib/jurisdictions/clock-rules";
import { loadFrozenRule } from "@/lib/jurisdictions/load-frozen-rule";
import { daysLate } from "./clocks";
import type { RecordNotificationInput } from "./notification-schema";

const instantOr = (field: string, text: string, timeZone: string): Date => zonedInstant(text, timeZone) ?? refuseField(field, "validation.clockRule.instant");

/**
 * Records when the company became aware of the breach and when it notified: the notification
 * duty's clock starts at the first and stops at the second. The rule is frozen when the clock is
 * first recorded; corrections recompute the due time from that copy, never from the rule table.
 */
export async function recordNotification(viewer: Viewer, input: RecordNotificationInput) {
  return prisma.$transaction(async (tx) => {
    await requireCaseAction(tx, viewer, input.incidentId, "record.edit");
    const before = await tx.caseClock.findFirst({ where: { incidentId: input.incidentId, kind: "notification_duty" } });
    if (before && before.version !== input.version) throw await staleClock(tx, before);
    if (!before && input.version !== null) throw new ActionError("conflict", "This record was removed meanwhile. Reload the page.");
    const frozen: FrozenRule | null =
      before?.ruleLength && before.ruleUnit && before.ruleTimeZone && before.ruleJurisdiction
        ? { ruleId: before.ruleId ?? "", ruleJurisdiction: before.ruleJurisdiction, ruleTimeZone: before.ruleTimeZone, ruleLength: before.ruleLength, ruleUnit: before.ruleUnit }
        : await loadFrozenRule(tx, input.incidentId, "notification_duty");
    if (!frozen) return refuseField("awareAt", "validation.clockRule.noRule");

    const awareAt = instantOr("awareAt", input.awareAt, frozen.ruleTimeZone);
    const notifiedAt = input.notifiedAt === null ? null : instantOr("notifiedAt", input.notifiedAt, frozen.ruleTimeZone);
    // A record of what happened: neither moment can be later than now.
    const now = new Date();
    if (awareAt > now) refuseField("awareAt", "validation.clockRule.future");
    if (notifiedAt && notifiedAt > now) refuseField("notifiedAt", "validation.clockRule.future");
    if (notifiedAt && notifiedAt < awareAt) refuseField("notifiedAt", "validation.clockRule.notifiedBeforeAware");
    const dueAt = dueFromInstant(awareAt, frozen);
    const data = { startsAt: awareAt, dueAt, stoppedAt: notifiedAt, lateDays: notifiedAt ? daysLate(dueAt, notifiedAt) : null };

    let after;
    if (before) {
      const { count } = await tx.caseClock.updateMany({ where: { id: before.id, version: before.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw await staleClock(tx, before);
      after = await tx.caseClock.findUniqueOrThrow({ where: { id: before.id } });
    } else {
      after = await tx.caseClock.create({ data: { incidentId: input.incidentId, kind: "notification_duty", ...data, ...frozen, ruleId: frozen.ruleId || null } });
    }
    await recordAudit(tx, { actor: actorOf(viewer), action: "clock.notification_recorded", entityType: "case_clock", entityId: after.id, incidentId: input.incidentId, before, after });
    return { id: after.id, version: after.version };
  });
}

/** The kit's conflict answer (who recorded it last), with the clock as the form shows it. */
function staleClock(tx: Prisma.TransactionClient, current: { id: string; startsAt: Date; stoppedAt: Date | null }) {
  return conflictError(tx, "case_clock", current.id, { awareAt: current.startsAt.toISOString(), notifiedAt: current.stoppedAt?.toISOString() ?? null });
}
