"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import type { ActionResult } from "@/lib/actions/result";
import { userActions } from "./mutations";

const refresh = <T>(result: ActionResult<T>) => {
  if (result.ok) revalidatePath("/[locale]/admin/users", "page");
  return result;
};

/** Staffing is done from the Users page and from the case page; both show it. */
const refreshStaffing = <T>(result: ActionResult<T>) => {
  if (result.ok) revalidatePath("/[locale]/workspace/cases/[slug]", "layout");
  return refresh(result);
};

export const createUserAction = async (input: unknown) => refresh(await authedAction(userActions.create)(input));
export const changeUserRoleAction = async (input: unknown) => refresh(await authedAction(userActions.changeRole)(input));
export const setUserActiveAction = async (input: unknown) => refresh(await authedAction(userActions.setActive)(input));
export const assignOfficerAction = async (input: unknown) => refreshStaffing(await authedAction(userActions.assign)(input));
export const unassignOfficerAction = async (input: unknown) => refreshStaffing(await authedAction(userActions.unassign)(input));
