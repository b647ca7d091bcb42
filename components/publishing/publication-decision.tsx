"use client";

import { useTranslations } from "next-intl";
import { NoteActions } from "@/components/forms/note-actions";
import { approvePublicationAction, rejectPublicationAction, unpublishCaseAction } from "@/lib/publishing/actions";

/** Approve or reject a proposed version (a different regulator from the proposer), each confirmed in a dialog that says what it does. */
export function PublicationDecision({ versionId, approveConsequence, rejectConsequence }: { versionId: string; approveConsequence: string; rejectConsequence: string }) {
  const t = useTranslations("publishing");
  return (
    <NoteActions
      label={t("decisionNote")}
      hint={t("decisionNoteHint")}
      field="note"
      actions={[
        {
          label: t("approve"),
          success: t("approvedToast"),
          tone: "primary",
          confirm: { title: t("review.approveTitle"), description: approveConsequence, label: t("approve") },
          run: (note) => approvePublicationAction({ versionId, note }),
        },
        {
          label: t("reject"),
          success: t("rejectedToast"),
          tone: "danger",
          confirm: { title: t("review.rejectTitle"), description: rejectConsequence, label: t("reject") },
          run: (note) => rejectPublicationAction({ versionId, note }),
        },
      ]}
    />
  );
}

/** Takes the public summary down at once, with the reason. */
export function UnpublishForm({ incidentId }: { incidentId: string }) {
  const t = useTranslations("publishing");
  return (
    <NoteActions
      label={t("unpublishReason")}
      field="reason"
      actions={[{ label: t("unpublish"), success: t("unpublishedToast"), tone: "danger", run: (reason) => unpublishCaseAction({ incidentId, reason }) }]}
    />
  );
}
