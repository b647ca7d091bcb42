"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { recipientActions } from "./mutations";

export const createRecipientAction = async (input: unknown) => refresh(await authedAction(recipientActions.create)(input));
export const updateRecipientAction = async (input: unknown) => refresh(await authedAction(recipientActions.update)(input));
export const deleteRecipientAction = async (input: unknown) => refresh(await authedAction(recipientActions.delete)(input));
export const restoreRecipientAction = async (input: unknown) => refresh(await authedAction(recipientActions.restore)(input));
