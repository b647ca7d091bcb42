"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { evidenceActions } from "./mutations";

export const linkEvidenceAction = async (input: unknown) => refresh(await authedAction(evidenceActions.link)(input));
export const unlinkEvidenceAction = async (input: unknown) => refresh(await authedAction(evidenceActions.unlink)(input));
