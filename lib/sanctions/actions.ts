"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { sanctionActions } from "./mutations";

export const createSanctionAction = async (input: unknown) => refresh(await authedAction(sanctionActions.create)(input));
export const withdrawSanctionAction = async (input: unknown) => refresh(await authedAction(sanctionActions.withdraw)(input));
export const recordAppealOutcomeAction = async (input: unknown) => refresh(await authedAction(sanctionActions.recordAppealOutcome)(input));
