"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import type { ActionResult } from "@/lib/actions/result";
import { apiTokenActions } from "./mutations";

const refresh = <T>(result: ActionResult<T>) => {
  if (result.ok) {
    revalidatePath("/[locale]/workspace/settings/api-tokens", "page");
    revalidatePath("/[locale]/admin/api-tokens", "page");
  }
  return result;
};

export const createPersonalTokenAction = async (input: unknown) => refresh(await authedAction(apiTokenActions.createPersonal)(input));
export const createServiceTokenAction = async (input: unknown) => refresh(await authedAction(apiTokenActions.createService)(input));
export const revokeTokenAction = async (input: unknown) => refresh(await authedAction(apiTokenActions.revoke)(input));
