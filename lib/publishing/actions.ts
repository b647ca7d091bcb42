"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import type { ActionResult } from "@/lib/actions/result";
import { publishingActions } from "./mutations";

/** A change to what is public refreshes the public pages too. */
function refreshPublic<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath("/[locale]", "layout");
    // The embed pages live outside /[locale] (app/embed/): a takedown reaches other sites' frames too.
    revalidatePath("/embed/[locale]", "layout");
  }
  return refresh(result);
}

export const proposePublicationAction = async (input: unknown) => refresh(await authedAction(publishingActions.propose)(input));
export const approvePublicationAction = async (input: unknown) => refreshPublic(await authedAction(publishingActions.approve)(input));
export const rejectPublicationAction = async (input: unknown) => refresh(await authedAction(publishingActions.reject)(input));
export const unpublishCaseAction = async (input: unknown) => refreshPublic(await authedAction(publishingActions.unpublish)(input));
