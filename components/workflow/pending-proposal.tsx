"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { inputClass } from "@/components/forms/field";
import type { ActionResult } from "@/lib/actions/result";
import { useRouter } from "@/lib/i18n/navigation";
import { approveProposalAction, rejectProposalAction, withdrawProposalAction } from "@/lib/workflow/actions";

/** Approve, reject (with a reason) or withdraw a pending proposal; each button shows only to who may use it. */
export function PendingProposalActions(props: { proposalId: string; canApprove: boolean; canReject: boolean; canWithdraw: boolean; isMine: boolean }) {
  const t = useTranslations("workflow");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: (input: unknown) => Promise<ActionResult<unknown>>, success: string) =>
    startTransition(async () => {
      setNoteError(null);
      const result = await action({ proposalId: props.proposalId, note });
      if (result.ok) {
        toast.success(success);
        router.refresh();
        return;
      }
      const fieldError = result.fieldErrors?.note?.[0];
      if (fieldError) setNoteError(fieldError);
      toast.error(result.error === "unexpected" ? tErrors("unexpected") : (fieldError ?? result.message));
    });

  if (!props.canApprove && !props.canReject && !props.canWithdraw) {
    return <p className="text-sm text-slate-700">{props.isMine ? t("waitingForOther") : t("waitingForRegulator")}</p>;
  }
  return (
    <div className="space-y-3">
      {props.isMine ? <p className="text-sm text-slate-700">{t("waitingForOther")}</p> : null}
      {props.canApprove || props.canReject ? (
        <div>
          <label htmlFor="proposal-note" className="block text-sm font-medium text-slate-800">
            {t("decisionNote")}
          </label>
          <p id="proposal-note-hint" className="text-xs text-slate-600">
            {t("decisionNoteHint")}
          </p>
          <textarea
            id="proposal-note"
            rows={2}
            className={`${inputClass} mt-1`}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={Boolean(noteError)}
            aria-describedby={noteError ? "proposal-note-hint proposal-note-error" : "proposal-note-hint"}
          />
          {noteError ? (
            <p id="proposal-note-error" className="mt-1 text-sm text-red-800">
              {noteError}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {props.canApprove ? (
          <button type="button" disabled={pending} onClick={() => run(approveProposalAction, t("approvedToast"))} className="rounded-md bg-emerald-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-900 disabled:opacity-60">
            {t("approve")}
          </button>
        ) : null}
        {props.canReject ? (
          <button type="button" disabled={pending} onClick={() => run(rejectProposalAction, t("rejectedToast"))} className="rounded-md border border-red-800 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60">
            {t("reject")}
          </button>
        ) : null}
        {props.canWithdraw ? (
          <button type="button" disabled={pending} onClick={() => run(withdrawProposalAction, t("withdrawnToast"))} className="rounded-md border border-slate-500 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60">
            {t("withdraw")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
