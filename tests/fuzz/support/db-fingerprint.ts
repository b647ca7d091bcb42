// A fingerprint of every application table, to prove that a refused request changed nothing.
// One statement: per table, its row count and the newest xmin among its rows. An insert changes
// the count or brings a newer xmin; a delete changes the count; an update writes a new row version
// with a newer xmin; a rolled-back change leaves no visible row. Hashing every row instead cost
// seconds per request once other test files had left 200,000 days in the shared database.
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";

export type Fingerprint = Record<string, string>;

let query: Prisma.Sql | undefined;

async function fingerprintQuery(): Promise<Prisma.Sql> {
  if (query) return query;
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
      -- The public rate limit counts every public request, refused or answered: its bookkeeping, not data.
      AND tablename <> 'public_rate_limit'
    ORDER BY tablename`;
  if (tables.length < 20) throw new Error(`Expected the app's tables, found ${tables.length}`);
  const columns = tables.map(({ name }) => {
    const table = Prisma.raw(`"${name.replace(/"/g, '""')}"`);
    return Prisma.sql`(SELECT count(*)::text || ':' || coalesce(max(t.xmin::text::bigint), 0)::text FROM ${table} t) AS ${Prisma.raw(`"${name}"`)}`;
  });
  query = Prisma.sql`SELECT ${Prisma.join(columns, ", ")}, (SELECT count(*)::text FROM audit_events) AS "audit rows"`;
  return query;
}

export async function dataFingerprint(): Promise<Fingerprint> {
  const [row] = await prisma.$queryRaw<Fingerprint[]>(await fingerprintQuery());
  return row!;
}

/** The tables whose contents differ between two fingerprints (empty when nothing changed). */
export function changedTables(before: Fingerprint, after: Fingerprint, ignore: readonly string[] = []): string[] {
  return Object.keys(after).filter((k) => !ignore.includes(k) && before[k] !== after[k]);
}
