"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { statementActions } from "./mutations";

export const createStatementAction = async (input: unknown) => refresh(await authedAction(statementActions.create)(input));
export const updateStatementAction = async (input: unknown) => refresh(await authedAction(statementActions.update)(input));
export const deleteStatementAction = async (input: unknown) => refresh(await authedAction(statementActions.delete)(input));
export const restoreStatementAction = async (input: unknown) => refresh(await authedAction(statementActions.restore)(input));
