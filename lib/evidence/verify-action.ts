"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { evidenceActions } from "./mutations";

// Kept apart from actions.ts (the Evidence section's module): the file page's "Verify now".
export const verifyEvidenceAction = async (input: unknown) => refresh(await authedAction(evidenceActions.verify)(input));
