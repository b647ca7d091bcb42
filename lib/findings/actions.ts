"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { findingActions } from "./mutations";

export const createFindingAction = async (input: unknown) => refresh(await authedAction(findingActions.create)(input));
export const updateFindingAction = async (input: unknown) => refresh(await authedAction(findingActions.update)(input));
export const changeFindingStatusAction = async (input: unknown) => refresh(await authedAction(findingActions.changeStatus)(input));
export const deleteFindingAction = async (input: unknown) => refresh(await authedAction(findingActions.delete)(input));
export const restoreFindingAction = async (input: unknown) => refresh(await authedAction(findingActions.restore)(input));
