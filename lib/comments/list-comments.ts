import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { CaseAccess } from "@/lib/auth/permissions";
import { casePeople } from "@/lib/cases/case-people";
import { handleOf } from "./mentions";
import { threadWhere, type ThreadTarget } from "./thread-target";

/** A thread's live comments, oldest first, each with its author and its earlier versions (newest first). */
export async function listThread(incidentId: string, target: ThreadTarget) {
  return prisma.comment.findMany({
    where: { ...threadWhere(incidentId, target), deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      body: true,
      version: true,
      createdAt: true,
      editedAt: true,
      authorId: true,
      author: { select: { name: true } },
      revisions: { orderBy: { editedAt: "desc" }, select: { id: true, body: true, editedAt: true } },
    },
  });
}


/** Who the composer suggests after "@": the active people who may see the case, with their handle. */
export async function mentionChoices(access: CaseAccess) {
  const people = await casePeople(prisma, access, "case.view");
  return people.map((p) => ({ id: p.id, name: p.name, handle: handleOf(p.email) }));
}

export type MentionChoice = Awaited<ReturnType<typeof mentionChoices>>[number];
