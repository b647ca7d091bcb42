"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { taskActions } from "./mutations";

export const createTaskAction = async (input: unknown) => refresh(await authedAction(taskActions.create)(input));
export const updateTaskAction = async (input: unknown) => refresh(await authedAction(taskActions.update)(input));
export const deleteTaskAction = async (input: unknown) => refresh(await authedAction(taskActions.delete)(input));
export const restoreTaskAction = async (input: unknown) => refresh(await authedAction(taskActions.restore)(input));
