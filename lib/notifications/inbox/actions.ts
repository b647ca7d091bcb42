"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import type { ActionResult } from "@/lib/actions/result";
import { inboxActions } from "./mutations";

/** The inbox, My work (mentions read there) and the header badge (every workspace page) show read state. */
const refresh = <T>(result: ActionResult<T>) => {
  if (result.ok) revalidatePath("/[locale]/workspace", "layout");
  return result;
};

export const readOneNotificationAction = async (input: unknown) => refresh(await authedAction(inboxActions.readOne)(input));
export const readAllNotificationsAction = async (input: unknown) => refresh(await authedAction(inboxActions.readAll)(input));
