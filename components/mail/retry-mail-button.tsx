"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { retryMailAction } from "@/lib/mail/actions";
import { useRouter } from "@/lib/i18n/navigation";

/** Sends a failed or waiting mail again now (an audited administrator action). */
export function RetryMailButton({ mailId, to }: { mailId: string; to: string }) {
  const t = useTranslations("mailAdmin");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = () =>
    startTransition(async () => {
      const result = await retryMailAction({ mailId });
      if (!result.ok) {
        const worded = result.error === "unexpected" || result.error === "unavailable" || result.error === "forbidden" || result.error === "unauthenticated";
        toast.error(result.error === "conflict" ? t("notRetryable") : worded ? tErrors(result.error) : result.message);
        router.refresh();
        return;
      }
      toast.success(t("retried"));
      router.refresh();
    });
  return (
    <button type="button" onClick={go} disabled={pending} aria-label={t("retryFor", { to })} className="rounded-md border border-blue-800 px-3 py-1 text-sm font-medium text-blue-800 hover:bg-blue-50 disabled:opacity-50">
      {t("retry")}
    </button>
  );
}
