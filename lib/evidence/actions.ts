"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { afterCaseChange as refresh } from "@/lib/actions/revalidate-case";
import { evidenceActions } from "./mutations";

// Uploading is not here: the file travels as a request body to POST /api/cases/<slug>/evidence.
export const updateEvidenceAction = async (input: unknown) => refresh(await authedAction(evidenceActions.update)(input));
export const changeEvidenceSensitivityAction = async (input: unknown) => refresh(await authedAction(evidenceActions.changeSensitivity)(input));
export const linkEvidenceAction = async (input: unknown) => refresh(await authedAction(evidenceActions.link)(input));
export const unlinkEvidenceAction = async (input: unknown) => refresh(await authedAction(evidenceActions.unlink)(input));
export const deleteEvidenceAction = async (input: unknown) => refresh(await authedAction(evidenceActions.delete)(input));
export const restoreEvidenceAction = async (input: unknown) => refresh(await authedAction(evidenceActions.restore)(input));
export const verifyEvidenceAction = async (input: unknown) => refresh(await authedAction(evidenceActions.verify)(input));
