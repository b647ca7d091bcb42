// The organisation actions as definitions (tests drive them directly; actions.ts wraps them).
import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { mergeOrganizations, previewMerge } from "./merge-organizations";
import { mergeOrganizationsSchema, undoMergeSchema, updateOrganizationSchema } from "./schema";
import { undoMerge } from "./undo-merge";
import { updateOrganization } from "./update-organization";

export const organizationActions = {
  update: defineAction(updateOrganizationSchema, async (viewer, input) => {
    const saved = await updateOrganization(viewer, input);
    return { id: saved.id, slug: saved.slug, version: saved.version };
  }),
  previewMerge: defineAction(mergeOrganizationsSchema, previewMerge),
  merge: defineAction(mergeOrganizationsSchema, mergeOrganizations),
  undoMerge: defineAction(undoMergeSchema, undoMerge),
};
