import "server-only";
import type { TimelineEvent } from "@/lib/generated/prisma/client";
import { versionedItems } from "@/lib/cases/versioned-items";
import { citesSource } from "@/lib/sources/citation";
import { createEventSchema, eventRefSchema, updateEventSchema } from "./schema";

const events = versionedItems<TimelineEvent>({ model: "timelineEvent", entityType: "timeline_event", noun: "event", section: "timeline", checkInput: citesSource });

/** Each timeline-event mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const timelineActions = {
  create: events.createAction(createEventSchema),
  update: events.updateAction("eventId", updateEventSchema),
  ...events.deleteActions("eventId", eventRefSchema),
};
