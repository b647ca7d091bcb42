"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/result";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useRouter } from "@/lib/i18n/navigation";

/** Soft delete (after a confirmation) or restore, for anything a regulator may remove. */
export function DeleteRestoreButton({ mode, name, run, after }: { mode: "delete" | "restore"; name: string; run: () => Promise<ActionResult<unknown>>; after?: string }) {
  const t = useTranslations("forms");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = () =>
    startTransition(async () => {
      const result = await run();
      if (!result.ok) {
        toast.error(result.error === "conflict" ? `${tErrors("conflict")} ${result.message}` : result.error === "unexpected" || result.error === "unavailable" ? tErrors(result.error) : result.message);
        return;
      }
      toast.success(mode === "delete" ? t("deleted") : t("restored"));
      if (after) router.push(after);
      router.refresh();
    });
  if (mode === "restore") {
    return (
      <button type="button" disabled={pending} onClick={go} className="rounded-md border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50">
        {t("restore")} <span className="sr-only">{name}</span>
      </button>
    );
  }
  return (
    <ConfirmDialog
      trigger={
        <button type="button" disabled={pending} className="rounded-md border border-red-700 px-2 py-1 text-sm text-red-800 hover:bg-red-50 disabled:opacity-50">
          {t("delete")} <span className="sr-only">{name}</span>
        </button>
      }
      title={t("delete")}
      description={t("confirmDelete", { name })}
      confirm={t("delete")}
      cancel={t("cancel")}
      onConfirm={go}
    />
  );
}
