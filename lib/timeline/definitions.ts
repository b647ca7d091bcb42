import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { createEvent, deleteEvent, restoreEvent, updateEvent } from "./mutations";
import { createEventSchema, eventRefSchema, updateEventSchema } from "./schema";

export const timelineActions = {
  create: defineAction(createEventSchema, createEvent),
  update: defineAction(updateEventSchema, updateEvent),
  delete: defineAction(eventRefSchema, deleteEvent),
  restore: defineAction(eventRefSchema, restoreEvent),
};
