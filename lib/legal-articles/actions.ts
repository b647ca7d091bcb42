"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import type { ActionResult } from "@/lib/actions/result";
import { legalArticleActions } from "./mutations";

const refresh = <T>(result: ActionResult<T>) => {
  if (result.ok) revalidatePath("/[locale]/workspace/legal-articles", "page");
  return result;
};

export const createLegalArticleAction = async (input: unknown) => refresh(await authedAction(legalArticleActions.create)(input));
export const updateLegalArticleAction = async (input: unknown) => refresh(await authedAction(legalArticleActions.update)(input));
