import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClockKind } from "@/lib/generated/prisma/enums";
import { freezeRule, type FrozenRule } from "./clock-rules";

/**
 * The rule of the case's jurisdiction for one kind of clock, as the copy a clock keeps; null when
 * the jurisdiction sets no length for it (then that clock does not start).
 */
export async function loadFrozenRule(tx: Prisma.TransactionClient, incidentId: string, kind: ClockKind): Promise<FrozenRule | null> {
  const incident = await tx.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: { jurisdictionRef: { select: { timeZone: true, rules: { where: { kind } } } } },
  });
  const rule = incident.jurisdictionRef.rules[0];
  return rule ? freezeRule(rule, incident.jurisdictionRef.timeZone) : null;
}
