import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import type pg from "pg";
import type { WebhookFacts } from "./emit";
import type { WebhookEvent } from "./events";
import { FAN_OUT_JOB } from "./fan-out-spec";

// A pg-boss that never connects: it writes the insert through the caller's pg connection, inside
// the transaction it has open (the series importer holds its own connection for COPY).
const sender = new PgBoss({ db: { executeSql: () => Promise.reject(new Error("sends only through a connection")) }, schema: "pgboss", supervise: false, schedule: false });

/** emitWebhookEvent for code on a raw `pg` connection in a transaction (lib/series/import/). */
export async function emitWebhookEventsPg(client: pg.ClientBase, events: readonly { type: WebhookEvent; incidentId: string; facts?: WebhookFacts }[]): Promise<void> {
  if (events.length === 0) return;
  const types = [...new Set(events.map((e) => e.type))];
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_subscriptions WHERE enabled AND events && $1::text[]`, [types]);
  if (!rows[0] || rows[0].n === 0) return;
  const job = FAN_OUT_JOB;
  const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: (await client.query(text, values)).rows }) };
  const occurredAt = new Date().toISOString();
  for (const event of events) {
    const data = job.data.parse({ eventId: `evt_${randomUUID()}`, type: event.type, incidentId: event.incidentId, occurredAt, facts: event.facts ?? {} });
    await sender.send(job.name, data, { db, retryLimit: job.retryLimit, retryDelay: job.retryDelaySeconds, retryBackoff: job.retryBackoff, expireInSeconds: job.leaseSeconds });
  }
}
