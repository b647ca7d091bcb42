import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/permissions";
import type { TimelineEvent } from "@/lib/generated/prisma/client";
import { versionedItems } from "@/lib/cases/versioned-items";
import { createEventSchema, eventRefSchema, updateEventSchema } from "./schema";

const events = versionedItems<TimelineEvent>({ model: "timelineEvent", entityType: "timeline_event", noun: "event", editPermission: "timeline.edit" });

export const createEvent = (viewer: Viewer, { incidentId, ...fields }: z.output<typeof createEventSchema>) => events.create(viewer, { incidentId, data: fields });
export const updateEvent = (viewer: Viewer, { eventId, version, ...fields }: z.output<typeof updateEventSchema>) => events.update(viewer, { id: eventId, version, data: fields });
export const deleteEvent = (viewer: Viewer, input: z.output<typeof eventRefSchema>) => events.softDelete(viewer, { id: input.eventId, version: input.version });
export const restoreEvent = (viewer: Viewer, input: z.output<typeof eventRefSchema>) => events.restore(viewer, { id: input.eventId, version: input.version });

export const timelineActions = {
  create: defineAction(createEventSchema, createEvent),
  update: defineAction(updateEventSchema, updateEvent),
  delete: defineAction(eventRefSchema, deleteEvent),
  restore: defineAction(eventRefSchema, restoreEvent),
};
