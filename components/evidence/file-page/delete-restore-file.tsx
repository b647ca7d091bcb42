"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { deleteEvidenceAction, restoreEvidenceAction } from "@/lib/evidence/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useRouter } from "@/lib/i18n/navigation";
import { useEvidenceMessage } from "../use-evidence-message";

/**
 * Delete (after a confirmation) or restore the file. The server refuses to delete a file that
 * supports a confirmed finding; its message says to upload a new version instead, which
 * `onRefused` opens.
 */
export function DeleteRestoreFile({ mode, fileId, name, onRefused }: { mode: "delete" | "restore"; fileId: string; name: string; onRefused?: () => void }) {
  const t = useTranslations("evidence.file");
  const message = useEvidenceMessage();
  const router = useRouter();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      setRefusal(null);
      const result = await (mode === "delete" ? deleteEvidenceAction : restoreEvidenceAction)({ fileId });
      if (!result.ok) {
        setRefusal(message(result));
        if (result.error === "invalid") onRefused?.();
        return;
      }
      toast.success(mode === "delete" ? t("deleted") : t("restored"));
      router.refresh();
    });
  const refused = refusal ? (
    <p role="alert" className="rounded-md border border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="delete-refused">
      {refusal}
    </p>
  ) : null;
  if (mode === "restore") {
    return (
      <div className="space-y-2">
        <button type="button" disabled={pending} onClick={run} className="rounded-md border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60">
          {t("restore")}
        </button>
        {refused}
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <ConfirmDialog
        trigger={
          <button type="button" disabled={pending} className="rounded-md border border-red-700 px-3 py-1.5 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60">
            {t("delete")}
          </button>
        }
        title={t("deleteTitle")}
        description={t("confirmDelete", { name })}
        confirm={t("delete")}
        cancel={t("cancel")}
        onConfirm={run}
      />
      {refused}
    </div>
  );
}
