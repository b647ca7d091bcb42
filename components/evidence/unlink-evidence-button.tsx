"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { unlinkEvidenceAction } from "@/lib/evidence/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { useEvidenceMessage } from "./use-evidence-message";

/** Takes a file off a record, from either side (the file itself stays; the custody log records the unlinking). */
export function UnlinkEvidenceButton({ linkId, name }: { linkId: string; name: string }) {
  const t = useTranslations("evidenceLinks");
  const message = useEvidenceMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const unlink = () =>
    startTransition(async () => {
      const result = await unlinkEvidenceAction({ linkId });
      if (!result.ok) {
        toast.error(message(result));
        return;
      }
      toast.success(t("unlinked"));
      router.refresh();
    });
  return (
    <button type="button" disabled={pending} onClick={unlink} className="rounded-md border border-slate-400 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-50">
      {t("unlink")} <span className="sr-only">{name}</span>
    </button>
  );
}
