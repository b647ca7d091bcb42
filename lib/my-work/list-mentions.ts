import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { visibleCasesWhere } from "@/lib/cases/visibility";
import { prisma } from "@/lib/db/prisma";
import { commentPath } from "./paths";
import { daysBefore } from "./waited";

/** How far back "recent" mentions reach. */
const MENTION_DAYS = 30;

export interface MyMention {
  commentId: string;
  author: string | null;
  createdAt: Date;
  /** True while the viewer's `mention` notification for this comment is unread. */
  unread: boolean;
  case: { slug: string; title: string; titleKo: string | null };
  path: string;
}

/**
 * Comments that mention the viewer in the last 30 days, on cases they may see, unread first and
 * newest first within each. A mention is unread while its notification is (matched by the comment
 * id in the notification's params or path), so reading it in the inbox reads it here too.
 */
export async function listMentions(viewer: Viewer, options: { limit: number; now: Date }): Promise<MyMention[]> {
  const rows = await prisma.commentMention.findMany({
    where: { userId: viewer.id, createdAt: { gte: daysBefore(options.now, MENTION_DAYS) }, comment: { deletedAt: null, incident: visibleCasesWhere(viewer) } },
    orderBy: { createdAt: "desc" },
    take: options.limit,
    select: {
      createdAt: true,
      comment: {
        select: {
          id: true,
          findingId: true,
          timelineEventId: true,
          sanctionId: true,
          transitionProposalId: true,
          publicationVersionId: true,
          author: { select: { name: true } },
          incident: { select: { id: true, slug: true, title: true, titleKo: true } },
        },
      },
    },
  });
  if (rows.length === 0) return [];
  const unreadNotes = await prisma.notification.findMany({
    where: { recipientId: viewer.id, kind: "mention", readAt: null, incidentId: { in: [...new Set(rows.map((r) => r.comment.incident.id))] } },
    select: { path: true, params: true },
  });
  const isUnread = (commentId: string) => unreadNotes.some((n) => n.path.includes(commentId) || paramCommentId(n.params) === commentId);
  const mentions = rows.map(({ createdAt, comment }) => ({
    commentId: comment.id,
    author: comment.author?.name ?? null,
    createdAt,
    unread: isUnread(comment.id),
    case: { slug: comment.incident.slug, title: comment.incident.title, titleKo: comment.incident.titleKo },
    path: commentPath(comment.incident.slug, comment),
  }));
  return mentions.sort((a, b) => Number(b.unread) - Number(a.unread) || b.createdAt.getTime() - a.createdAt.getTime());
}

function paramCommentId(params: unknown): string | null {
  if (params && typeof params === "object" && !Array.isArray(params)) {
    const id = (params as Record<string, unknown>).commentId;
    if (typeof id === "string") return id;
  }
  return null;
}
