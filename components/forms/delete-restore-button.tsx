"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/result";
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
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button type="button" disabled={pending} className="rounded-md border border-red-700 px-2 py-1 text-sm text-red-800 hover:bg-red-50 disabled:opacity-50">
          {t("delete")} <span className="sr-only">{name}</span>
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/3 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 rounded-lg bg-white p-5 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{t("delete")}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-700">{t("confirmDelete", { name })}</AlertDialog.Description>
          <div className="mt-4 flex justify-end gap-2">
            <AlertDialog.Cancel className="rounded-md border border-slate-400 px-3 py-1.5 text-sm">{t("cancel")}</AlertDialog.Cancel>
            <AlertDialog.Action onClick={go} className="rounded-md bg-red-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-900">
              {t("delete")}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
