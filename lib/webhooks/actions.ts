"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { webhookActions } from "./mutations";

const refresh = <T extends { ok: boolean }>(result: T): T => {
  if (result.ok) revalidatePath("/[locale]/workspace/webhooks", "layout");
  return result;
};

export const createWebhookAction = async (input: unknown) => refresh(await authedAction(webhookActions.create)(input));
export const enableWebhookAction = async (input: unknown) => refresh(await authedAction(webhookActions.enable)(input));
export const replayDeliveryAction = async (input: unknown) => refresh(await authedAction(webhookActions.replay)(input));
export const pauseWebhookAction = async (input: unknown) => refresh(await authedAction(webhookActions.pause)(input));
export const rotateWebhookSecretAction = async (input: unknown) => refresh(await authedAction(webhookActions.rotateSecret)(input));
export const deleteWebhookAction = async (input: unknown) => refresh(await authedAction(webhookActions.delete)(input));
