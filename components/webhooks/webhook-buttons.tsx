"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { useValidationMessage } from "@/components/forms/field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/actions/result";
import { useRouter } from "@/lib/i18n/navigation";
import { deleteWebhookAction, enableWebhookAction, pauseWebhookAction, replayDeliveryAction, rotateWebhookSecretAction } from "@/lib/webhooks/actions";

const button = "rounded-md border border-blue-800 px-3 py-1 text-sm font-medium text-blue-800 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-50";

function useRun() {
  const t = useTranslations("webhooks");
  const tErrors = useTranslations("errors");
  const word = useValidationMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = (call: () => Promise<ActionResult<unknown>>, success: string, afterSuccess?: () => void) =>
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        toast.success(success);
        if (afterSuccess) return afterSuccess();
      } else if (result.error === "conflict" && result.message.startsWith("webhooks.")) toast.error(t(result.message.slice("webhooks.".length) as never));
      else if (result.error === "not_found") toast.error(t("notFound"));
      else if (result.error === "invalid") toast.error(t("failed", { message: word(result.fieldErrors?.url?.[0]) ?? result.message }));
      else toast.error(tErrors(result.error as never));
      router.refresh();
    });
  return { pending, run, t, router };
}

const dangerButton = "rounded-md border border-red-800 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:opacity-50";

type Subscription = { subscriptionId: string; version: number };

export function PauseWebhookButton({ subscriptionId, version }: Subscription) {
  const { pending, run, t } = useRun();
  return (
    <button type="button" className={button} disabled={pending} onClick={() => run(() => pauseWebhookAction({ subscriptionId, version }), t("paused"))} data-testid="pause-webhook">
      {t("pause")}
    </button>
  );
}

/** Asks first: the receiving system rejects every message until it has the new secret. */
export function RotateWebhookSecretButton({ subscriptionId, version }: Subscription) {
  const { pending, run, t } = useRun();
  return (
    <ConfirmDialog
      tone="primary"
      trigger={
        <button type="button" className={button} disabled={pending} data-testid="rotate-webhook-secret">
          {t("rotateSecret")}
        </button>
      }
      title={t("rotateTitle")}
      description={t("rotateBody")}
      confirm={t("rotateConfirm")}
      cancel={t("cancel")}
      onConfirm={() => run(() => rotateWebhookSecretAction({ subscriptionId, version }), t("rotated"))}
    />
  );
}

/** Asks first; on success the subscription is gone, so it goes back to the list. */
export function DeleteWebhookButton({ subscriptionId, version, url }: Subscription & { url: string }) {
  const { pending, run, t, router } = useRun();
  return (
    <ConfirmDialog
      trigger={
        <button type="button" className={dangerButton} disabled={pending} data-testid="delete-webhook">
          {t("delete")}
        </button>
      }
      title={t("deleteTitle")}
      description={t("deleteBody", { url })}
      confirm={t("deleteConfirm")}
      cancel={t("cancel")}
      onConfirm={() => run(() => deleteWebhookAction({ subscriptionId, version }), t("deleted"), () => router.push("/workspace/webhooks"))}
    />
  );
}

export function EnableWebhookButton({ subscriptionId, version }: { subscriptionId: string; version: number }) {
  const { pending, run, t } = useRun();
  return (
    <button type="button" className={button} disabled={pending} onClick={() => run(() => enableWebhookAction({ subscriptionId, version }), t("enabledAgain"))} data-testid="enable-webhook">
      {t("enable")}
    </button>
  );
}

export function ReplayDeliveryButton({ deliveryId, label }: { deliveryId: string; label: string }) {
  const { pending, run, t } = useRun();
  return (
    <button type="button" className={button} disabled={pending} aria-label={label} onClick={() => run(() => replayDeliveryAction({ deliveryId }), t("replayed"))}>
      {t("replay")}
    </button>
  );
}
