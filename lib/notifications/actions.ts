"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import type { ActionResult } from "@/lib/actions/result";
import { notificationSettingsActions } from "./mutations";

const refresh = <T>(result: ActionResult<T>) => {
  if (result.ok) revalidatePath("/[locale]/workspace/settings/notifications", "page");
  return result;
};

export const saveNotificationSettingsAction = async (input: unknown) => refresh(await authedAction(notificationSettingsActions.save)(input));
