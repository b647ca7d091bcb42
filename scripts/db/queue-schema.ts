// The job queue (pg-boss, schema "pgboss") during a restore. pg_restore --clean cannot drop the
// primary keys that the queue's partitions inherit from pgboss.job ("cannot drop inherited
// constraint"), so a restore over a database that has the queue first renames its schema out of
// the way, lets pg_restore create the backup's, then drops the old one, or renames it back when
// pg_restore fails (the database is then as it was).
import type pg from "pg";

const QUEUE = "pgboss";
const SET_ASIDE = "pgboss_before_restore";

const schemaExists = async (client: pg.ClientBase, name: string) => (await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [name])).rowCount === 1;

/** Renames the queue's schema away; true when there was one. A copy left by an interrupted restore is put back first. */
export async function setAsideQueueSchema(client: pg.ClientBase): Promise<boolean> {
  if (!(await schemaExists(client, QUEUE)) && (await schemaExists(client, SET_ASIDE))) await client.query(`ALTER SCHEMA ${SET_ASIDE} RENAME TO ${QUEUE}`);
  if (!(await schemaExists(client, QUEUE))) return false;
  await client.query(`DROP SCHEMA IF EXISTS ${SET_ASIDE} CASCADE`);
  await client.query(`ALTER SCHEMA ${QUEUE} RENAME TO ${SET_ASIDE}`);
  return true;
}

/** After pg_restore: drops the old queue (restored), or renames it back (failed). */
export async function settleQueueSchema(client: pg.ClientBase, restored: boolean): Promise<void> {
  if (restored) await client.query(`DROP SCHEMA IF EXISTS ${SET_ASIDE} CASCADE`);
  else if (!(await schemaExists(client, QUEUE))) await client.query(`ALTER SCHEMA ${SET_ASIDE} RENAME TO ${QUEUE}`);
}
