"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import type { ReactNode } from "react";

/**
 * A button that asks before it acts: a Radix alert dialog (focus stays inside, Escape and Cancel
 * back out, focus returns to the button). `trigger` is the button itself; the action runs only
 * from the dialog's confirm button.
 */
export function ConfirmDialog({ trigger, title, description, confirm, cancel, onConfirm, tone = "danger" }: { trigger: ReactNode; title: string; description: string; confirm: string; cancel: string; onConfirm: () => void; tone?: "danger" | "primary" }) {
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/3 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 rounded-lg bg-white p-5 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 whitespace-pre-line text-sm text-slate-700">{description}</AlertDialog.Description>
          <div className="mt-4 flex justify-end gap-2">
            <AlertDialog.Cancel className="rounded-md border border-slate-400 px-3 py-1.5 text-sm">{cancel}</AlertDialog.Cancel>
            <AlertDialog.Action onClick={onConfirm} className={`rounded-md px-3 py-1.5 text-sm font-medium text-white ${tone === "primary" ? "bg-emerald-800 hover:bg-emerald-900" : "bg-red-800 hover:bg-red-900"}`}>
              {confirm}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
