import { getTranslations } from "next-intl/server";
import { CommentComposer } from "@/components/comments/comment-composer";
import { CommentItem, type CommentView } from "@/components/comments/comment-item";
import { can, type CaseAccess, type Viewer } from "@/lib/auth/permissions";
import { listThread, mentionChoices } from "@/lib/comments/list-comments";
import type { ThreadTarget } from "@/lib/comments/thread-target";
import { formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The internal discussion on a case or one of its items: the comments, oldest first, and a box to
 * write one for those who may. Read by anyone who may see the case; never part of public output.
 */
export async function CommentThread({ viewer, access, incidentId, locale, target, heading = "h2" }: { viewer: Viewer; access: CaseAccess; incidentId: string; locale: Locale; target: ThreadTarget; heading?: "h2" | "h3" }) {
  if (!can(viewer, "case.view", access)) return null;
  const mayWrite = can(viewer, "comment.write", access);
  const [t, comments, people] = await Promise.all([getTranslations("comments"), listThread(incidentId, target), mayWrite ? mentionChoices(access) : Promise.resolve([])]);
  const moderator = can(viewer, "comment.moderate", access);
  const views: CommentView[] = comments.map((c) => ({
    id: c.id,
    body: c.body,
    version: c.version,
    author: c.author?.name ?? null,
    postedAt: formatDateTime(c.createdAt, locale),
    editedAt: c.editedAt ? formatDateTime(c.editedAt, locale) : null,
    // Each earlier body was current until the next edit: revision i was replaced at its editedAt.
    revisions: c.revisions.map((r) => ({ id: r.id, body: r.body, before: formatDateTime(r.editedAt, locale) })),
    canEdit: mayWrite && c.authorId === viewer.id,
    canDelete: (mayWrite && c.authorId === viewer.id) || moderator,
  }));
  const Heading = heading;
  const idPrefix = target.kind === "case" ? "case" : `${target.kind}-${target.id}`;
  return (
    <section aria-labelledby={`${idPrefix}-discussion`} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <Heading id={`${idPrefix}-discussion`} className="text-lg font-semibold">
        {t("heading")}
      </Heading>
      <p className="text-xs text-slate-600">{t("intro")}</p>
      {views.length === 0 ? <p className="text-sm text-slate-700">{t("none")}</p> : null}
      <ol className="space-y-2">
        {views.map((c) => (
          <CommentItem key={`${c.id}-${c.version}`} comment={c} people={people} />
        ))}
      </ol>
      {mayWrite ? (
        <CommentComposer incidentId={incidentId} targetKind={target.kind} targetId={target.kind === "case" ? null : target.id} people={people} idPrefix={idPrefix} />
      ) : (
        <p className="text-sm text-slate-600">{t("readOnly")}</p>
      )}
    </section>
  );
}
