import { z } from "zod";
import { TASK_STATUSES } from "@/lib/enums";
import { isIsoDay, normalizeDayText } from "@/lib/format/day-text";
import { id, optionalText, text, version } from "@/lib/validation/fields";

const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

/** The kinds of case item a task may point at, as the picker writes them: "finding:<id>". */
export const TASK_LINK_KINDS = ["finding", "timeline_event", "sanction", "evidence_file"] as const;
export type TaskLinkKind = (typeof TASK_LINK_KINDS)[number];

/**
 * A due day: any real day, past included (a task due yesterday is overdue, not invalid).
 * Written the ways the day field accepts, stored as UTC midnight.
 */
const dueDay = z.preprocess(
  (v) => blankToNull(typeof v === "string" ? normalizeDayText(v) : v),
  z
    .string({ error: "Enter a real date as YYYY-MM-DD." })
    .refine(isIsoDay, "Enter a real date as YYYY-MM-DD.")
    .transform((v) => new Date(`${v}T00:00:00Z`))
    .nullable(),
);

/** "<kind>:<id>" or nothing; that the item is one of this case's live items is checked on the server. */
const linkTo = z.preprocess(
  blankToNull,
  z
    .string()
    .max(100)
    .regex(new RegExp(`^(${TASK_LINK_KINDS.join("|")}):[a-z0-9]{1,64}$`, "i"), "Choose an item from the list.")
    .nullable(),
);

const taskFields = {
  title: text(300),
  /** Who should do it: a person who works on the case (checked on the server). */
  assigneeId: z.preprocess(blankToNull, id.nullable()),
  dueOn: dueDay,
  status: z.enum(TASK_STATUSES, { error: "Choose open, done or cancelled." }).default("open"),
  linkTo,
  note: optionalText(5_000),
};

export const createTaskSchema = z.object({ incidentId: id, ...taskFields });
export const updateTaskSchema = z.object({ taskId: id, version, ...taskFields });
export const taskRefSchema = z.object({ taskId: id, version });

export type TaskFields = z.output<z.ZodObject<typeof taskFields>>;
