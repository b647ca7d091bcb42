"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { timelineActions } from "./mutations";

export const createEventAction = async (input: unknown) => refresh(await authedAction(timelineActions.create)(input));
export const updateEventAction = async (input: unknown) => refresh(await authedAction(timelineActions.update)(input));
export const deleteEventAction = async (input: unknown) => refresh(await authedAction(timelineActions.delete)(input));
export const restoreEventAction = async (input: unknown) => refresh(await authedAction(timelineActions.restore)(input));
