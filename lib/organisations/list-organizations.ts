import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern, ORGANIZATION_SEARCH_TEXT } from "./search-text";

const ORGANIZATIONS_PAGE_SIZE = 25;

export interface OrganizationRow {
  id: string;
  slug: string;
  name: string;
  nameKo: string | null;
  kind: string;
  country: string | null;
  sector: string | null;
  registrationNumber: string | null;
}

/**
 * A page of the live organisations (merged-away ones are left out: their page says where they
 * went), by name; with `q`, those whose names, aliases or registration number contain it,
 * through the trigram index (organizations_search_trgm), so a Korean name finds its
 * organisation among 10,000 in a few milliseconds.
 */
export async function listOrganizations(query: { q: string; page: number }): Promise<{ items: OrganizationRow[]; total: number; page: number; pages: number }> {
  const q = query.q.trim();
  const where = q ? Prisma.sql`o."mergedIntoId" IS NULL AND ${ORGANIZATION_SEARCH_TEXT} ILIKE ${containsPattern(q)}` : Prisma.sql`o."mergedIntoId" IS NULL`;
  const offset = (query.page - 1) * ORGANIZATIONS_PAGE_SIZE;
  const [items, [counted]] = await Promise.all([
    prisma.$queryRaw<OrganizationRow[]>(Prisma.sql`
      SELECT o.id, o.slug, o.name, o."nameKo", o.kind::text AS kind, o.country, o.sector::text AS sector, o."registrationNumber"
      FROM organizations o WHERE ${where}
      ORDER BY o.name, o.id LIMIT ${ORGANIZATIONS_PAGE_SIZE} OFFSET ${offset}`),
    prisma.$queryRaw<{ total: bigint }[]>(Prisma.sql`SELECT count(*) AS total FROM organizations o WHERE ${where}`),
  ]);
  const total = Number(counted?.total ?? 0);
  return { items, total, page: query.page, pages: Math.max(1, Math.ceil(total / ORGANIZATIONS_PAGE_SIZE)) };
}
