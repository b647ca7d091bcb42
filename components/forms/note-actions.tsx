"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/result";
import { useRouter } from "@/lib/i18n/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describedBy, Field, inputClass } from "./field";

export interface NoteAction {
  label: string;
  success: string;
  run: (note: string) => Promise<ActionResult<unknown>>;
  tone: "primary" | "danger" | "plain";
  /** Asks first, in a dialog naming what the action will do; the action runs only from its confirm button. */
  confirm?: { title: string; description: string; label: string };
}

const TONES: Record<NoteAction["tone"], string> = {
  primary: "bg-emerald-800 text-white hover:bg-emerald-900",
  danger: "border border-red-800 text-red-800 hover:bg-red-50",
  plain: "border border-slate-500 hover:bg-slate-100",
};

/** A note (or reason) and the buttons that send it: approve / reject, unpublish. The field's error shows next to it. */
export function NoteActions({ label, hint, field, actions }: { label: string; hint?: string; field: string; actions: NoteAction[] }) {
  const tErrors = useTranslations("errors");
  const tForms = useTranslations("forms");
  const router = useRouter();
  const id = useId();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const go = (action: NoteAction) =>
    startTransition(async () => {
      setError(null);
      const result = await action.run(note);
      if (result.ok) {
        toast.success(action.success);
        setNote("");
        router.refresh();
        return;
      }
      const fieldError = result.fieldErrors?.[field]?.[0];
      if (fieldError) setError(fieldError);
      toast.error(result.error === "unexpected" || result.error === "unavailable" ? tErrors(result.error) : (fieldError ?? result.message));
    });
  return (
    <div className="space-y-2">
      <Field id={id} label={label} hint={hint} error={error ?? undefined}>
        <textarea id={id} rows={2} className={inputClass} value={note} onChange={(e) => setNote(e.target.value)} {...describedBy(id, { hint: Boolean(hint), error })} />
      </Field>
      <div className="flex flex-wrap gap-2">
        {actions.map((a) => {
          const button = (
            <button key={a.label} type="button" disabled={pending} onClick={a.confirm ? undefined : () => go(a)} className={`rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${TONES[a.tone]}`}>
              {a.label}
            </button>
          );
          return a.confirm ? (
            <ConfirmDialog key={a.label} trigger={button} title={a.confirm.title} description={a.confirm.description} confirm={a.confirm.label} cancel={tForms("cancel")} tone={a.tone === "primary" ? "primary" : "danger"} onConfirm={() => go(a)} />
          ) : (
            button
          );
        })}
      </div>
    </div>
  );
}
