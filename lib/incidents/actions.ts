"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { incidentActions } from "./definitions";

export const updateIncidentAction = async (input: unknown) => refresh(await authedAction(incidentActions.update)(input));
export const deleteIncidentAction = async (input: unknown) => refresh(await authedAction(incidentActions.delete)(input));
export const restoreIncidentAction = async (input: unknown) => refresh(await authedAction(incidentActions.restore)(input));
