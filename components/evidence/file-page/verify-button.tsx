"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { verifyEvidenceAction } from "@/lib/evidence/actions";
import type { EvidenceCheckResult } from "@/lib/generated/prisma/enums";
import { useRouter } from "@/lib/i18n/navigation";
import { useEvidenceMessage } from "../use-evidence-message";

const STYLE: Record<EvidenceCheckResult, string> = {
  ok: "border-emerald-400 bg-emerald-50 text-emerald-950",
  changed: "border-red-500 bg-red-50 text-red-950",
  missing: "border-red-500 bg-red-50 text-red-950",
};

/** "Verify now": re-hashes the stored bytes on the server and says plainly what it found; a changed or missing file is an alert. */
export function VerifyButton({ fileId }: { fileId: string }) {
  const t = useTranslations("evidence.file");
  const message = useEvidenceMessage();
  const router = useRouter();
  const [result, setResult] = useState<EvidenceCheckResult | null>(null);
  const [pending, startTransition] = useTransition();
  const verify = () =>
    startTransition(async () => {
      const answer = await verifyEvidenceAction({ fileId });
      if (!answer.ok) {
        toast.error(message(answer));
        return;
      }
      setResult(answer.data.result);
      router.refresh();
    });
  return (
    <div className="space-y-2">
      <button type="button" onClick={verify} disabled={pending} className="rounded-md border border-slate-500 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60">
        {pending ? t("verifying") : t("verifyNow")}
      </button>
      {result ? (
        <p role={result === "ok" ? "status" : "alert"} className={`rounded-md border-2 px-3 py-2 text-sm font-medium ${STYLE[result]}`} data-testid="verify-result" data-result={result}>
          {t(`result.${result}`)}
        </p>
      ) : null}
    </div>
  );
}
