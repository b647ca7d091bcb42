"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { commentActions } from "./mutations";

export const createCommentAction = async (input: unknown) => refresh(await authedAction(commentActions.create)(input));
export const editCommentAction = async (input: unknown) => refresh(await authedAction(commentActions.edit)(input));
export const deleteCommentAction = async (input: unknown) => refresh(await authedAction(commentActions.delete)(input));
