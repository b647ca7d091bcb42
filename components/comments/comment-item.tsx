"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { CommentBody } from "@/components/comments/comment-body";
import { MentionTextarea } from "@/components/comments/mention-textarea";
import { useCommentError } from "@/components/comments/use-comment-error";
import { FieldError } from "@/components/forms/field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteCommentAction, editCommentAction } from "@/lib/comments/actions";
import type { MentionChoice } from "@/lib/comments/list-comments";
import { useRouter } from "@/lib/i18n/navigation";

export interface CommentView {
  id: string;
  body: string;
  version: number;
  author: string | null;
  postedAt: string;
  editedAt: string | null;
  revisions: { id: string; body: string; before: string }[];
  canEdit: boolean;
  canDelete: boolean;
}

/** One comment: who wrote it and when, "edited" with its earlier versions, and the author's edit and delete. */
export function CommentItem({ comment, people }: { comment: CommentView; people: MentionChoice[] }) {
  const t = useTranslations("comments");
  const wordError = useCommentError();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(comment.body);
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const id = `comment-edit-${comment.id}`;
  const save = () =>
    startTransition(async () => {
      const result = await editCommentAction({ commentId: comment.id, version: comment.version, body });
      if (!result.ok) {
        setError(wordError(result));
        return;
      }
      setError(undefined);
      setEditing(false);
      router.refresh();
    });
  const remove = () =>
    startTransition(async () => {
      const result = await deleteCommentAction({ commentId: comment.id, version: comment.version });
      if (!result.ok) {
        toast.error(wordError(result));
        return;
      }
      toast.success(t("deleted"));
      router.refresh();
    });
  return (
    <li id={`comment-${comment.id}`} className="rounded-md border border-slate-200 bg-white p-3">
      <p className="text-xs text-slate-600">
        <span className="font-semibold text-slate-800">{comment.author ?? t("formerUser")}</span> · {comment.postedAt}
        {comment.editedAt ? <span title={comment.editedAt}> · {t("edited")}</span> : null}
      </p>
      {editing ? (
        <div className="mt-2 space-y-2">
          <label htmlFor={id} className="sr-only">
            {t("body")}
          </label>
          <MentionTextarea id={id} value={body} onChange={setBody} people={people} describedBy={error ? `${id}-error` : undefined} invalid={Boolean(error)} />
          <FieldError id={`${id}-error`} error={error} />
          <div className="flex gap-2">
            <button type="button" disabled={pending} onClick={save} className="rounded-md bg-blue-800 px-3 py-1 text-sm font-medium text-white hover:bg-blue-900 disabled:opacity-50">
              {t("save")}
            </button>
            <button type="button" onClick={() => (setEditing(false), setBody(comment.body), setError(undefined))} className="rounded-md border border-slate-400 px-3 py-1 text-sm">
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div className="mt-1">
          <CommentBody body={comment.body} />
        </div>
      )}
      {comment.revisions.length > 0 ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-blue-800">{t("history", { count: comment.revisions.length })}</summary>
          <ol className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3">
            {comment.revisions.map((r) => (
              <li key={r.id}>
                <p className="text-xs text-slate-600">{t("revisionAt", { when: r.before })}</p>
                <CommentBody body={r.body} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {!editing && (comment.canEdit || comment.canDelete) ? (
        <div className="mt-2 flex gap-3 text-sm">
          {comment.canEdit ? (
            <button type="button" onClick={() => setEditing(true)} className="text-blue-800 underline">
              {t("edit")}
            </button>
          ) : null}
          {comment.canDelete ? (
            <ConfirmDialog
              trigger={
                <button type="button" disabled={pending} className="text-red-800 underline">
                  {t("delete")}
                </button>
              }
              title={t("delete")}
              description={t("confirmDelete")}
              confirm={t("delete")}
              cancel={t("cancel")}
              onConfirm={remove}
            />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
