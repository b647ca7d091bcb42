"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import type { ActionResult } from "@/lib/actions/result";
import { organizationActions } from "./mutations";

/** An organisation shows on every case that names it, so a change refreshes the whole workspace. */
function refresh<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/[locale]/workspace", "layout");
  return result;
}

export const updateOrganizationAction = async (input: unknown) => refresh(await authedAction(organizationActions.update)(input));
export const previewMergeAction = async (input: unknown) => authedAction(organizationActions.previewMerge)(input);
export const mergeOrganizationsAction = async (input: unknown) => refresh(await authedAction(organizationActions.merge)(input));
export const undoMergeAction = async (input: unknown) => refresh(await authedAction(organizationActions.undoMerge)(input));
