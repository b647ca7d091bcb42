import type pg from "pg";
import { enqueueJobVia, type SqlRunner } from "@/lib/jobs/enqueue-job";
import { fanOutData, type WebhookEventInput } from "./emit";
import { FAN_OUT_JOB } from "./fan-out-spec";

/**
 * emitWebhookEvent for code on a raw `pg` connection in a transaction (lib/series/import/: the
 * importer holds its own connection for COPY): the same fan-out job, queued through that
 * connection's transaction by the queue's one sending path.
 */
export async function emitWebhookEventsPg(client: pg.ClientBase, events: readonly WebhookEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const types = [...new Set(events.map((e) => e.type))];
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_subscriptions WHERE enabled AND events && $1::text[]`, [types]);
  if (!rows[0] || rows[0].n === 0) return;
  const db: SqlRunner = { executeSql: async (text, values) => ({ rows: (await client.query(text, values)).rows }) };
  const occurredAt = new Date();
  for (const event of events) await enqueueJobVia(db, FAN_OUT_JOB.name, fanOutData(event, occurredAt));
}
