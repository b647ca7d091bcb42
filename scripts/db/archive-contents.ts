// What a pg_dump archive holds, from `pg_restore --list`, compared with what the database holds.
// `pg_restore --clean` drops only the archive's own objects: anything else (a table added by a
// migration newer than the backup) would stay behind beside an older _prisma_migrations, and the
// next `prisma migrate deploy` would fail on it.
import type pg from "pg";

type Kind = "TABLE" | "SEQUENCE" | "TYPE" | "FUNCTION";

/** "TABLE users", "FUNCTION casefile_refuse_audit_change", … for the public schema. */
export function objectsInArchive(toc: string): Set<string> {
  const found = new Set<string>();
  for (const m of toc.matchAll(/^\d+; \d+ \d+ (TABLE|SEQUENCE|TYPE|FUNCTION) public ([^\s(]+)/gm)) found.add(`${m[1]} ${m[2]}`);
  return found;
}

/** Tables whose rows the archive holds. */
export function tablesWithData(toc: string): string[] {
  return [...toc.matchAll(/^\d+; \d+ \d+ TABLE DATA public (\S+) /gm)].map((m) => m[1] ?? "");
}

/** Objects of the public schema (not belonging to an extension) that the archive does not hold. */
export async function objectsNotInArchive(client: pg.ClientBase, archive: Set<string>): Promise<string[]> {
  const result = await client.query<{ kind: Kind; name: string }>(
    `WITH objects AS (
       SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind, c.relname::text AS name, c.oid, 'pg_class'::regclass AS catalog
       FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'S')
       UNION ALL
       SELECT 'TYPE', t.typname::text, t.oid, 'pg_type'::regclass FROM pg_type t
       WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd')
       UNION ALL
       SELECT 'FUNCTION', p.proname::text, p.oid, 'pg_proc'::regclass FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
     )
     SELECT kind, name FROM objects o
     WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = o.catalog AND d.objid = o.oid AND d.deptype = 'e')
     ORDER BY kind, name`,
  );
  return result.rows.map((r) => `${r.kind} ${r.name}`).filter((o) => !archive.has(o));
}
