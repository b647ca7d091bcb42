import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { proposalPath, publicationPath } from "./paths";
import { actionScopeWhere } from "./scope";

export interface WaitingApproval {
  kind: "workflow" | "publication";
  id: string;
  case: { slug: string; title: string; titleKo: string | null };
  createdAt: Date;
  proposedBy: string | null;
  /** The workflow step's transition id (workflow), or the version's number (publication). */
  transitionId: string | null;
  versionNumber: number | null;
  path: string;
}

const caseSelect = { slug: true, title: true, titleKo: true } as const;
/** A proposal made by someone else, or by nobody any more (the proposer's account was removed). */
const notMine = (viewerId: string) => ({ OR: [{ proposedById: null }, { proposedById: { not: viewerId } }] });

/**
 * Workflow steps and public versions waiting for a decision the viewer may take: on cases they
 * may see, where the permission table lets them approve, and never their own (a second person
 * approves). Oldest first; `total` counts them all.
 */
export async function listWaitingApprovals(viewer: Viewer, options: { limit: number }): Promise<{ items: WaitingApproval[]; total: number }> {
  const workflowWhere = { status: "pending" as const, ...notMine(viewer.id), incident: actionScopeWhere(viewer, "workflow.decide") };
  const publicationWhere = { status: "proposed" as const, ...notMine(viewer.id), incident: actionScopeWhere(viewer, "publication.approve") };
  const [proposals, versions, proposalCount, versionCount] = await Promise.all([
    prisma.transitionProposal.findMany({
      where: workflowWhere,
      orderBy: { createdAt: "asc" },
      take: options.limit,
      select: { id: true, createdAt: true, details: true, incident: { select: caseSelect }, proposedBy: { select: { name: true } } },
    }),
    prisma.publicationVersion.findMany({
      where: publicationWhere,
      orderBy: { createdAt: "asc" },
      take: options.limit,
      select: { id: true, number: true, createdAt: true, incident: { select: caseSelect }, proposedBy: { select: { name: true } } },
    }),
    prisma.transitionProposal.count({ where: workflowWhere }),
    prisma.publicationVersion.count({ where: publicationWhere }),
  ]);
  const items: WaitingApproval[] = [
    ...proposals.map((p) => ({
      kind: "workflow" as const,
      id: p.id,
      case: p.incident,
      createdAt: p.createdAt,
      proposedBy: p.proposedBy?.name ?? null,
      transitionId: transitionOf(p.details),
      versionNumber: null,
      path: proposalPath(p.incident.slug),
    })),
    ...versions.map((v) => ({
      kind: "publication" as const,
      id: v.id,
      case: v.incident,
      createdAt: v.createdAt,
      proposedBy: v.proposedBy?.name ?? null,
      transitionId: null,
      versionNumber: v.number,
      path: publicationPath(v.incident.slug),
    })),
  ];
  items.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return { items: items.slice(0, options.limit), total: proposalCount + versionCount };
}

function transitionOf(details: unknown): string | null {
  if (details && typeof details === "object" && !Array.isArray(details)) {
    const transition = (details as Record<string, unknown>).transition;
    if (typeof transition === "string") return transition;
  }
  return null;
}
