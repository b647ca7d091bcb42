"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { FieldError } from "@/components/forms/field";
import { MentionTextarea } from "@/components/comments/mention-textarea";
import { useCommentError } from "@/components/comments/use-comment-error";
import { createCommentAction } from "@/lib/comments/actions";
import type { MentionChoice } from "@/lib/comments/list-comments";
import { editCommentSchema, type CommentTargetKind } from "@/lib/comments/schema";
import { useRouter } from "@/lib/i18n/navigation";

/** The body's own rule, checked before sending: a 1 MB paste never leaves the browser. */
const bodyRule = editCommentSchema.shape.body;

/** Writes a new comment in a thread. */
export function CommentComposer({ incidentId, targetKind, targetId, people, idPrefix }: { incidentId: string; targetKind: CommentTargetKind; targetId: string | null; people: MentionChoice[]; idPrefix: string }) {
  const t = useTranslations("comments");
  const wordError = useCommentError();
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const id = `${idPrefix}-new-comment`;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const checked = bodyRule.safeParse(body);
    if (!checked.success) {
      // A validation key; FieldError words it in the reader's language.
      setError(checked.error.issues[0]?.message ?? "");
      return;
    }
    startTransition(async () => {
      const result = await createCommentAction({ incidentId, targetKind, targetId, body });
      if (!result.ok) {
        setError(wordError(result));
        return;
      }
      setError(undefined);
      setBody("");
      toast.success(t("posted"));
      router.refresh();
    });
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t("body")}
      </label>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {t("bodyHint")}
      </p>
      <MentionTextarea id={id} value={body} onChange={setBody} people={people} describedBy={`${id}-hint${error ? ` ${id}-error` : ""}`} invalid={Boolean(error)} />
      <FieldError id={`${id}-error`} error={error} />
      <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900 disabled:opacity-50">
        {t("post")}
      </button>
    </form>
  );
}
