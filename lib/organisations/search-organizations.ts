import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";

export interface OrganizationChoice {
  id: string;
  name: string;
  nameKo: string | null;
  kind: string;
  country: string | null;
}

/**
 * Organisations whose name (in English or Korean) contains the words typed, or resembles them
 * (pg_trgm), best match first: exact and prefix matches, then by similarity. An empty query lists
 * the first few by name. The name index (organizations_name_trgm) serves both conditions.
 */
export async function searchOrganizations(query: { q: string; limit: number }): Promise<OrganizationChoice[]> {
  const q = query.q.trim();
  if (!q) return prisma.organization.findMany({ select: { id: true, name: true, nameKo: true, kind: true, country: true }, orderBy: { name: "asc" }, take: query.limit });
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return prisma.$queryRaw<OrganizationChoice[]>(Prisma.sql`
    SELECT o.id, o.name, o."nameKo", o.kind::text AS kind, o.country
    FROM organizations o
    WHERE (o.name || ' ' || coalesce(o."nameKo", '')) ILIKE ${`%${escaped}%`} OR (o.name || ' ' || coalesce(o."nameKo", '')) % ${q}
    ORDER BY (lower(o.name) = lower(${q}) OR o."nameKo" = ${q}) DESC,
             (o.name ILIKE ${`${escaped}%`} OR o."nameKo" LIKE ${`${escaped}%`}) DESC,
             similarity(o.name || ' ' || coalesce(o."nameKo", ''), ${q}) DESC, o.name
    LIMIT ${query.limit}`);
}
