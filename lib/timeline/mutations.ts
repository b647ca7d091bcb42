import "server-only";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { actorOf, conflictError, requireCaseAction } from "@/lib/cases/case-guard";
import type { createEventSchema, eventRefSchema, updateEventSchema } from "./schema";

async function loadEvent(tx: Prisma.TransactionClient, eventId: string, deleted = false) {
  return (await tx.timelineEvent.findFirst({ where: { id: eventId, deletedAt: deleted ? { not: null } : null } })) ?? fail("not_found", "No such event.");
}

async function updateVersioned(tx: Prisma.TransactionClient, eventId: string, version: number, data: Prisma.TimelineEventUpdateManyMutationInput, deleted = false) {
  const { count } = await tx.timelineEvent.updateMany({ where: { id: eventId, version, deletedAt: deleted ? { not: null } : null }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw await conflictError(tx, "timeline_event", eventId, await tx.timelineEvent.findUniqueOrThrow({ where: { id: eventId } }));
  return tx.timelineEvent.findUniqueOrThrow({ where: { id: eventId } });
}

export async function createEvent(viewer: Viewer, input: z.output<typeof createEventSchema>) {
  return prisma.$transaction(async (tx) => {
    await requireCaseAction(tx, viewer, input.incidentId, "timeline.edit");
    const event = await tx.timelineEvent.create({ data: input });
    await recordAudit(tx, { actor: actorOf(viewer), action: "timeline_event.created", entityType: "timeline_event", entityId: event.id, incidentId: event.incidentId, after: event });
    return event;
  });
}

export async function updateEvent(viewer: Viewer, input: z.output<typeof updateEventSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await loadEvent(tx, input.eventId);
    await requireCaseAction(tx, viewer, before.incidentId, "timeline.edit");
    const { eventId, version, ...fields } = input;
    const after = await updateVersioned(tx, eventId, version, fields);
    await recordAudit(tx, { actor: actorOf(viewer), action: "timeline_event.updated", entityType: "timeline_event", entityId: eventId, incidentId: after.incidentId, before, after });
    return after;
  });
}

export async function deleteEvent(viewer: Viewer, input: z.output<typeof eventRefSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await loadEvent(tx, input.eventId);
    await requireCaseAction(tx, viewer, before.incidentId, "case.delete");
    const after = await updateVersioned(tx, input.eventId, input.version, { deletedAt: new Date() });
    await recordAudit(tx, { actor: actorOf(viewer), action: "timeline_event.deleted", entityType: "timeline_event", entityId: after.id, incidentId: after.incidentId, before, after });
    return after;
  });
}

export async function restoreEvent(viewer: Viewer, input: z.output<typeof eventRefSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await loadEvent(tx, input.eventId, true);
    await requireCaseAction(tx, viewer, before.incidentId, "case.restore");
    const after = await updateVersioned(tx, input.eventId, input.version, { deletedAt: null }, true);
    await recordAudit(tx, { actor: actorOf(viewer), action: "timeline_event.restored", entityType: "timeline_event", entityId: after.id, incidentId: after.incidentId, before, after });
    return after;
  });
}
