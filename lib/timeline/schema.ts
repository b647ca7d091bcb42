import { z } from "zod";
import { bool, id, optionalText, pastDay, text, version } from "@/lib/validation/fields";
import { DATE_PRECISIONS, EVENT_KINDS } from "@/lib/enums";
import { citedSourceId } from "@/lib/sources/schema";


const eventFields = {
  occurredOn: pastDay,
  precision: z.enum(DATE_PRECISIONS, { error: "Choose day, month or year." }),
  kind: z.enum(EVENT_KINDS, { error: "Choose a kind of event." }),
  title: text(300),
  titleKo: optionalText(300),
  description: optionalText(5_000),
  descriptionKo: optionalText(5_000),
  isPublic: bool,
  inferenceNote: optionalText(1_000),
  inferenceNoteKo: optionalText(1_000),
  sourceId: citedSourceId,
};

export const createEventSchema = z.object({ incidentId: id, ...eventFields });
export const updateEventSchema = z.object({ eventId: id, version, ...eventFields });
export const eventRefSchema = z.object({ eventId: id, version });
