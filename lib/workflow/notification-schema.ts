// The duty to notify a breach, as the Workflow tab records it: when the company became aware,
// and when it notified (empty while it has not). Times are typed on the jurisdiction's wall clock.
import { z } from "zod";
import { id, version } from "@/lib/validation/fields";

const wallTime = z.string({ error: "validation.clockRule.instant" }).trim().regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}$/, "validation.clockRule.instant");
const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

export const recordNotificationSchema = z.object({
  incidentId: id,
  awareAt: wallTime,
  notifiedAt: z.preprocess(blankToNull, wallTime.nullable()),
  /** The clock's version when it exists; empty the first time. */
  version: z.preprocess(blankToNull, version.nullable()),
});
export type RecordNotificationInput = z.infer<typeof recordNotificationSchema>;
