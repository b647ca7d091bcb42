"use client";

import { useTranslations } from "next-intl";
import { NoteActions, type NoteAction } from "@/components/forms/note-actions";
import { approveProposalAction, rejectProposalAction, withdrawProposalAction } from "@/lib/workflow/actions";

/** Approve, reject (with a reason) or withdraw a pending proposal; each button shows only to who may use it. */
export function PendingProposalActions(props: { proposalId: string; canApprove: boolean; canReject: boolean; canWithdraw: boolean; isMine: boolean }) {
  const t = useTranslations("workflow");
  const { proposalId } = props;
  const actions: NoteAction[] = [];
  if (props.canApprove) actions.push({ label: t("approve"), success: t("approvedToast"), tone: "primary", run: (note) => approveProposalAction({ proposalId, note }) });
  if (props.canReject) actions.push({ label: t("reject"), success: t("rejectedToast"), tone: "danger", run: (note) => rejectProposalAction({ proposalId, note }) });
  if (props.canWithdraw) actions.push({ label: t("withdraw"), success: t("withdrawnToast"), tone: "plain", run: (note) => withdrawProposalAction({ proposalId, note }) });

  return (
    <div className="space-y-3">
      {props.isMine ? <p className="text-sm text-slate-700">{t("waitingForOther")}</p> : !props.canApprove ? <p className="text-sm text-slate-700">{t("waitingForRegulator")}</p> : null}
      {actions.length > 0 ? <NoteActions label={t("decisionNote")} hint={props.isMine ? undefined : t("decisionNoteHint")} field="note" actions={actions} /> : null}
    </div>
  );
}
