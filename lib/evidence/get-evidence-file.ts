// The reads behind an evidence file's own page: the record with its uploader, both neighbours in
// its version chain, its live links (each named by its target's title) and its verifications,
// newest first. Scoped to the case in the `where`, so a file of another case is simply not found.
import "server-only";
import { prisma } from "@/lib/db/prisma";
import { linkTargetOf } from "./link-targets";
import type { EvidenceTarget } from "./schema";

const named = { select: { id: true, title: true, titleKo: true, deletedAt: true } } as const;

export async function getEvidenceFile(options: { incidentId: string; fileId: string; includeDeleted: boolean }) {
  const file = await prisma.evidenceFile.findFirst({
    where: { id: options.fileId, incidentId: options.incidentId, ...(options.includeDeleted ? {} : { deletedAt: null }) },
    include: {
      uploadedBy: { select: { name: true } },
      supersedes: named,
      supersededBy: named,
      verifications: { orderBy: { at: "desc" }, take: 20, include: { by: { select: { name: true } } } },
      links: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        include: {
          finding: { select: { title: true, titleKo: true } },
          timelineEvent: { select: { title: true, titleKo: true } },
          source: { select: { title: true, titleKo: true } },
          statement: { select: { quote: true, quoteKo: true } },
        },
      },
    },
  });
  if (!file) return null;
  const links = file.links.flatMap((link) => {
    const pointed = linkTargetOf(link);
    if (!pointed) return [];
    const record = link.statement ? { title: link.statement.quote, titleKo: link.statement.quoteKo } : (link.finding ?? link.timelineEvent ?? link.source);
    return [{ id: link.id, ...pointed, title: record?.title ?? "", titleKo: record?.titleKo ?? null, locator: link.locator }];
  });
  return { ...file, links };
}

export type EvidenceFilePageData = NonNullable<Awaited<ReturnType<typeof getEvidenceFile>>>;

type TargetRecord = { id: string; title: string; titleKo: string | null };

/** The records of the four kinds a file can support that match `where`, each with its title (a statement's is its quote). */
export async function loadTargetRecords(where: { incidentId?: string; deletedAt?: null; id?: { in: string[] } }): Promise<Record<EvidenceTarget, TargetRecord[]>> {
  const select = { id: true, title: true, titleKo: true } as const;
  const [finding, timeline_event, source, statement] = await Promise.all([
    prisma.finding.findMany({ where, select, orderBy: { createdAt: "asc" } }),
    prisma.timelineEvent.findMany({ where, select, orderBy: { occurredOn: "asc" } }),
    prisma.source.findMany({ where, select, orderBy: { createdAt: "asc" } }),
    prisma.statement.findMany({ where, select: { id: true, quote: true, quoteKo: true }, orderBy: { createdAt: "asc" } }),
  ]);
  return { finding, timeline_event, source, statement: statement.map((s) => ({ id: s.id, title: s.quote, titleKo: s.quoteKo })) };
}

/** The case's live records a file can be linked to, by kind, for the "Add link" form. */
export const listLinkTargets = (incidentId: string) => loadTargetRecords({ incidentId, deletedAt: null });
