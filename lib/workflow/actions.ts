"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { workflowActions } from "./mutations";

export const requestTransitionAction = async (input: unknown) => refresh(await authedAction(workflowActions.request)(input));
export const approveProposalAction = async (input: unknown) => refresh(await authedAction(workflowActions.approve)(input));
export const rejectProposalAction = async (input: unknown) => refresh(await authedAction(workflowActions.reject)(input));
export const withdrawProposalAction = async (input: unknown) => refresh(await authedAction(workflowActions.withdraw)(input));
export const recordNotificationAction = async (input: unknown) => refresh(await authedAction(workflowActions.recordNotification)(input));
