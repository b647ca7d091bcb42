"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import type { ActionResult } from "@/lib/actions/result";
import { jurisdictionActions } from "./mutations";

const refresh = <T>(result: ActionResult<T>) => {
  if (result.ok) revalidatePath("/[locale]/admin/jurisdictions", "page");
  return result;
};

export const updateClockRuleAction = async (input: unknown) => refresh(await authedAction(jurisdictionActions.updateRule)(input));
export const createJurisdictionAction = async (input: unknown) => refresh(await authedAction(jurisdictionActions.create)(input));
