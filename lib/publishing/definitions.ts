import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { approvePublication, proposePublication, rejectPublication, unpublishCase } from "./mutations";
import { decidePublicationSchema, proposePublicationSchema, rejectPublicationSchema, unpublishSchema } from "./schema";

/** Each publishing mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const publishingActions = {
  propose: defineAction(proposePublicationSchema, proposePublication),
  approve: defineAction(decidePublicationSchema, approvePublication),
  reject: defineAction(rejectPublicationSchema, rejectPublication),
  unpublish: defineAction(unpublishSchema, unpublishCase),
};
