// The weakest provenance wins when days (or cases) are summed into one figure: a month with one
// modelled day is shown as modelled. Ranked in SQL with `min`, then mapped back.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Provenance } from "@/lib/generated/prisma/enums";

const RANK_TO_PROVENANCE: Provenance[] = ["modelled", "estimated", "reported", "verified"];

export const provenanceRankSql = (column: Prisma.Sql) =>
  Prisma.sql`CASE ${column} WHEN 'modelled' THEN 0 WHEN 'estimated' THEN 1 WHEN 'reported' THEN 2 ELSE 3 END`;

export const provenanceOfRank = (rank: number): Provenance => RANK_TO_PROVENANCE[rank] ?? "modelled";

export const rankOfProvenance = (provenance: Provenance): number => RANK_TO_PROVENANCE.indexOf(provenance);
