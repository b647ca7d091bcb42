import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  incidentId?: string;
  actorId?: string;
  /** The part before the dot: "auth", "user", "finding"… */
  kind?: string;
  /** Show entries older than this id (cursor pagination; ids only grow). */
  before?: bigint;
}

/** One page of audit events, newest first, with the cursor for the next page. Every entry is reachable. */
export async function listAuditEvents(filter: AuditFilter, pageSize = AUDIT_PAGE_SIZE) {
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.incidentId ? { incidentId: filter.incidentId } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.kind ? { action: { startsWith: `${filter.kind}.` } } : {}),
    ...(filter.before !== undefined ? { id: { lt: filter.before } } : {}),
  };
  const rows = await prisma.auditEvent.findMany({ where, orderBy: { id: "desc" }, take: pageSize + 1 });
  const page = rows.slice(0, pageSize);
  return { events: page, nextBefore: rows.length > pageSize ? page.at(-1)?.id : undefined };
}

/** Who appears in a trail, and which kinds of action, for the filter menus. */
export async function auditFacets(incidentId?: string) {
  const where = incidentId ? { incidentId } : {};
  const [actors, actions] = await Promise.all([
    prisma.auditEvent.groupBy({ by: ["actorId", "actorLabel"], where: { ...where, actorId: { not: null } }, orderBy: { actorLabel: "asc" } }),
    prisma.auditEvent.groupBy({ by: ["action"], where }),
  ]);
  const kinds = [...new Set(actions.map((a) => a.action.split(".")[0] ?? a.action))].sort();
  return { actors: actors.map((a) => ({ id: a.actorId as string, label: a.actorLabel })), kinds };
}

/** Parses the page's query string into a filter; anything malformed is ignored, not an error. */
export function parseAuditQuery(query: Record<string, string | string[] | undefined>): Omit<AuditFilter, "incidentId"> {
  const one = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= 100 ? v : undefined);
  const before = one(query.before);
  const kind = one(query.kind);
  return {
    actorId: one(query.actor) || undefined,
    kind: kind && /^[a-z_]+$/.test(kind) ? kind : undefined,
    before: before && /^\d{1,19}$/.test(before) ? BigInt(before) : undefined,
  };
}
