import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_KINDS, isAuditKind } from "./audit-actions";

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

/**
 * Who appears in a trail (by their current name, else the label recorded with their last row) and
 * which kinds of action, for the filter menus.
 */
export async function auditFacets(incidentId?: string) {
  const where = incidentId ? { incidentId } : {};
  const [actors, actions] = await Promise.all([
    prisma.auditEvent.groupBy({ by: ["actorId"], where: { ...where, actorId: { not: null } }, _max: { actorLabel: true } }),
    prisma.auditEvent.groupBy({ by: ["action"], where }),
  ]);
  const ids = actors.flatMap((a) => (a.actorId ? [a.actorId] : []));
  const names = new Map((ids.length > 0 ? await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : []).map((u) => [u.id, u.name]));
  const found = new Set(actions.map((a) => a.action.split(".")[0] ?? a.action));
  // Known kinds in the vocabulary's order; anything older or unknown after them.
  const kinds = [...AUDIT_KINDS.filter((k) => found.has(k)), ...[...found].filter((k) => !isAuditKind(k)).sort()];
  return {
    actors: actors
      .map((a) => ({ id: a.actorId as string, label: names.get(a.actorId as string) ?? a._max.actorLabel ?? "" }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    kinds,
  };
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
