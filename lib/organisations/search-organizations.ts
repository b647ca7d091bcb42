import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern, ORGANIZATION_SEARCH_TEXT } from "./search-text";

export interface OrganizationChoice {
  id: string;
  name: string;
  nameKo: string | null;
  kind: string;
  country: string | null;
}

/**
 * Live organisations (not merged away) whose names, aliases (in English or Korean) or registration
 * number contain the words typed, or resemble them (pg_trgm), best match first: exact and prefix
 * matches of the name, then by similarity. An empty query lists the first few by name. The index
 * organizations_search_trgm serves both conditions.
 */
export async function searchOrganizations(query: { q: string; limit: number }): Promise<OrganizationChoice[]> {
  const q = query.q.trim();
  if (!q) return prisma.organization.findMany({ where: { mergedIntoId: null }, select: { id: true, name: true, nameKo: true, kind: true, country: true }, orderBy: { name: "asc" }, take: query.limit });
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return prisma.$queryRaw<OrganizationChoice[]>(Prisma.sql`
    SELECT o.id, o.name, o."nameKo", o.kind::text AS kind, o.country
    FROM organizations o
    WHERE o."mergedIntoId" IS NULL AND (${ORGANIZATION_SEARCH_TEXT} ILIKE ${containsPattern(q)} OR ${ORGANIZATION_SEARCH_TEXT} % ${q})
    ORDER BY (lower(o.name) = lower(${q}) OR o."nameKo" = ${q}) DESC,
             (o.name ILIKE ${`${escaped}%`} OR o."nameKo" LIKE ${`${escaped}%`}) DESC,
             similarity(${ORGANIZATION_SEARCH_TEXT}, ${q}) DESC, o.name
    LIMIT ${query.limit}`);
}
