"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { caseActions } from "./mutations";

export const createCaseAction = async (input: unknown) => refresh(await authedAction(caseActions.create)(input));
export const updateCaseAction = async (input: unknown) => refresh(await authedAction(caseActions.update)(input));
export const deleteCaseAction = async (input: unknown) => refresh(await authedAction(caseActions.delete)(input));
export const restoreCaseAction = async (input: unknown) => refresh(await authedAction(caseActions.restore)(input));
