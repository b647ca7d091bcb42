import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import type { ClockKind } from "@/lib/generated/prisma/enums";
import { DUE_SOON_DAYS } from "@/lib/workflow/clocks";
import { clockPath } from "./paths";
import { deadlineCasesWhere } from "./scope";
import { daysAfter } from "./waited";

export interface CaseDeadline {
  id: string;
  kind: ClockKind;
  dueAt: Date;
  overdue: boolean;
  case: { slug: string; title: string; titleKo: string | null };
  path: string;
}

/** Running clocks on the viewer's cases (see deadlineCasesWhere) overdue or due within 7 days, soonest first. */
export async function listCaseDeadlines(viewer: Viewer, options: { limit: number; now: Date }): Promise<{ items: CaseDeadline[]; total: number }> {
  const where = { stoppedAt: null, dueAt: { lte: daysAfter(options.now, DUE_SOON_DAYS) }, incident: deadlineCasesWhere(viewer) };
  const [rows, total] = await Promise.all([
    prisma.caseClock.findMany({
      where,
      orderBy: { dueAt: "asc" },
      take: options.limit,
      select: { id: true, kind: true, dueAt: true, incident: { select: { slug: true, title: true, titleKo: true } } },
    }),
    prisma.caseClock.count({ where }),
  ]);
  return {
    total,
    items: rows.map((c) => ({ id: c.id, kind: c.kind, dueAt: c.dueAt, overdue: c.dueAt < options.now, case: c.incident, path: clockPath(c.incident.slug, c.kind) })),
  };
}
