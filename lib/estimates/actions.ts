"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { estimateActions } from "./mutations";

export const createEstimateAction = async (input: unknown) => refresh(await authedAction(estimateActions.create)(input));
export const reviseEstimateAction = async (input: unknown) => refresh(await authedAction(estimateActions.revise)(input));
export const deleteEstimateAction = async (input: unknown) => refresh(await authedAction(estimateActions.delete)(input));
export const restoreEstimateAction = async (input: unknown) => refresh(await authedAction(estimateActions.restore)(input));
