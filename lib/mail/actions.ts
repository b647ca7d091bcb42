"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { mailActions } from "./mutations";

export const retryMailAction = async (input: unknown) => {
  const result = await authedAction(mailActions.retry)(input);
  if (result.ok) revalidatePath("/[locale]/admin/mail", "layout");
  return result;
};
