"use client";

import { useTranslations } from "next-intl";
import { NoteActions, type NoteAction } from "@/components/forms/note-actions";
import { approveProposalAction, rejectProposalAction, withdrawProposalAction } from "@/lib/workflow/actions";

/** Approve, reject (with a reason) or withdraw a pending proposal; each button shows only to who may use it; approving and rejecting ask first, naming the consequence. */
export function PendingProposalActions(props: { proposalId: string; canApprove: boolean; canReject: boolean; canWithdraw: boolean; isMine: boolean; approveConsequence: string; rejectConsequence: string }) {
  const t = useTranslations("workflow");
  const { proposalId } = props;
  const actions: NoteAction[] = [];
  if (props.canApprove) {
    const confirm = { title: t("review.approveTitle"), description: props.approveConsequence, label: t("approve") };
    actions.push({ label: t("approve"), success: t("approvedToast"), tone: "primary", confirm, run: (note) => approveProposalAction({ proposalId, note }) });
  }
  if (props.canReject) {
    const confirm = { title: t("review.rejectTitle"), description: props.rejectConsequence, label: t("reject") };
    actions.push({ label: t("reject"), success: t("rejectedToast"), tone: "danger", confirm, run: (note) => rejectProposalAction({ proposalId, note }) });
  }
  if (props.canWithdraw) actions.push({ label: t("withdraw"), success: t("withdrawnToast"), tone: "plain", run: (note) => withdrawProposalAction({ proposalId, note }) });

  return (
    <div className="space-y-3">
      {props.isMine ? <p className="text-sm text-slate-700">{t("waitingForOther")}</p> : !props.canApprove ? <p className="text-sm text-slate-700">{t("waitingForRegulator")}</p> : null}
      {actions.length > 0 ? <NoteActions label={t("decisionNote")} hint={props.isMine ? undefined : t("decisionNoteHint")} field="note" actions={actions} /> : null}
    </div>
  );
}
