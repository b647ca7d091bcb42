"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { useValidationMessage } from "@/components/forms/field";
import type { ActionResult } from "@/lib/actions/result";
import { useRouter } from "@/lib/i18n/navigation";
import { enableWebhookAction, replayDeliveryAction } from "@/lib/webhooks/actions";

const button = "rounded-md border border-blue-800 px-3 py-1 text-sm font-medium text-blue-800 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-50";

function useRun() {
  const t = useTranslations("webhooks");
  const tErrors = useTranslations("errors");
  const word = useValidationMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = (call: () => Promise<ActionResult<unknown>>, success: string) =>
    startTransition(async () => {
      const result = await call();
      if (result.ok) toast.success(success);
      else if (result.error === "conflict" && result.message.startsWith("webhooks.")) toast.error(t(result.message.slice("webhooks.".length) as never));
      else if (result.error === "not_found") toast.error(t("notFound"));
      else if (result.error === "invalid") toast.error(t("failed", { message: word(result.fieldErrors?.url?.[0]) ?? result.message }));
      else toast.error(tErrors(result.error as never));
      router.refresh();
    });
  return { pending, run, t };
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
