// The case file's tasks.csv: every task, deleted ones included (the file is the record), with the
// assignee and creator by email beside their ids.
import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { ExportTable } from "@/lib/export/case-tables";

export const tasksTable: ExportTable = {
  file: "tasks",
  columns: ["id", "title", "status", "dueOn", "assigneeId", "assignee", "findingId", "timelineEventId", "sanctionId", "evidenceFileId", "note", "createdById", "createdBy", "createdAt", "updatedAt", "deletedAt", "version"],
  load: async (incidentId) =>
    (
      await prisma.task.findMany({
        where: { incidentId },
        include: { assignee: { select: { email: true } }, createdBy: { select: { email: true } } },
        orderBy: { createdAt: "asc" },
      })
    ).map(({ assignee, createdBy, ...task }) => ({ ...task, assignee: assignee?.email ?? null, createdBy: createdBy?.email ?? null })),
};
