import { z } from "zod";
import { id } from "@/lib/validation/fields";

export const markReadSchema = z.object({ notificationId: id });
export type MarkReadInput = z.infer<typeof markReadSchema>;

/**
 * Marks read everything unread up to `upTo`: the newest notification the page showed, so one that
 * arrives after the page was drawn is not marked read unseen. Absent: everything unread now.
 */
export const markAllReadSchema = z.object({ upTo: z.iso.datetime({ offset: true, error: "Malformed time." }).optional() });
export type MarkAllReadInput = z.infer<typeof markAllReadSchema>;
