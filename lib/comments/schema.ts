import { z } from "zod";
import { cleanString, id, version } from "@/lib/validation/fields";
import { validationKey } from "@/lib/validation/message-key";

/** What a thread is on: the case itself, or one of its findings, events, sanctions, workflow or publication proposals. */
const COMMENT_TARGETS = ["case", "finding", "timeline_event", "sanction", "transition_proposal", "publication_version"] as const;
export type CommentTargetKind = (typeof COMMENT_TARGETS)[number];

/**
 * The longest comment: the same cap as a finding's body (lib/findings/schema.ts). A 1 MB paste is
 * refused here, in the browser and on the server, with a message in the reader's language.
 */
const COMMENT_MAX_LENGTH = 20_000;

const body = cleanString.trim().min(1, "This cannot be empty.").max(COMMENT_MAX_LENGTH, validationKey("comment.tooLong"));

export const createCommentSchema = z.object({
  incidentId: id,
  targetKind: z.enum(COMMENT_TARGETS, { error: "Choose what the comment is about." }).default("case"),
  /** The item's id; none for a comment on the case itself. */
  targetId: z.preprocess((v) => (v === "" || v === undefined ? null : v), id.nullable()),
  body,
});
export const editCommentSchema = z.object({ commentId: id, version, body });
export const commentRefSchema = z.object({ commentId: id, version });
