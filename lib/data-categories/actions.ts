"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { categoryActions } from "./mutations";

export const createCategoryAction = async (input: unknown) => refresh(await authedAction(categoryActions.create)(input));
export const updateCategoryAction = async (input: unknown) => refresh(await authedAction(categoryActions.update)(input));
export const deleteCategoryAction = async (input: unknown) => refresh(await authedAction(categoryActions.delete)(input));
export const restoreCategoryAction = async (input: unknown) => refresh(await authedAction(categoryActions.restore)(input));
