"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { sourceActions } from "./mutations";

export const createSourceAction = async (input: unknown) => refresh(await authedAction(sourceActions.create)(input));
export const updateSourceAction = async (input: unknown) => refresh(await authedAction(sourceActions.update)(input));
export const deleteSourceAction = async (input: unknown) => refresh(await authedAction(sourceActions.delete)(input));
export const restoreSourceAction = async (input: unknown) => refresh(await authedAction(sourceActions.restore)(input));
