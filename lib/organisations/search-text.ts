import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Everything an organisation is found by (names in both languages, aliases in both languages,
 * registration number), as the SQL expression the trigram index organizations_search_trgm is
 * built on: a query must spell it exactly so, or the index is not used. `o` is the table alias.
 */
export const ORGANIZATION_SEARCH_TEXT = Prisma.sql`organization_search_text(o.name, o."nameKo", o.aliases, o."aliasesKo", o."registrationNumber")`;

/** `%text%` for ILIKE, with the pattern characters typed by the user taken literally. */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
