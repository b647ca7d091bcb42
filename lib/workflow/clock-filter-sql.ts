// "Overdue" and "due within 7 days" as SQL over running clocks, for the case list and the
// overview. Prisma stores instants as UTC in `timestamp without time zone`, and sessions run in
// UTC, so comparing with now() at UTC is exact.
import { Prisma } from "@/lib/generated/prisma/client";
import { DUE_SOON_DAYS, type ClockFilter } from "./clocks";

const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

export function clockFilterSql(filter: ClockFilter, incidentAlias = "i"): Prisma.Sql {
  const incident = Prisma.raw(`${incidentAlias}.id`);
  const due =
    filter === "overdue"
      ? Prisma.sql`c."dueAt" < ${NOW}`
      : Prisma.sql`c."dueAt" >= ${NOW} AND c."dueAt" <= ${NOW} + make_interval(days => ${DUE_SOON_DAYS})`;
  return Prisma.sql`EXISTS (SELECT 1 FROM case_clocks c WHERE c."incidentId" = ${incident} AND c."stoppedAt" IS NULL AND ${due})`;
}
