"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { figureActions } from "./mutations";

export const createFigureAction = async (input: unknown) => refresh(await authedAction(figureActions.create)(input));
export const updateFigureAction = async (input: unknown) => refresh(await authedAction(figureActions.update)(input));
export const deleteFigureAction = async (input: unknown) => refresh(await authedAction(figureActions.delete)(input));
export const restoreFigureAction = async (input: unknown) => refresh(await authedAction(figureActions.restore)(input));
