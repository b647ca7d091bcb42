import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";
import { startStreamingReplica, type StreamingReplica } from "./streaming-replica";

async function one(url: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0]?.value;
  } finally {
    await client.end();
  }
}

async function eventually(check: () => Promise<boolean>): Promise<void> {
  // Replay is asynchronous; poll rather than sleep a guessed time (a slow machine only waits longer).
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not reached within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a streaming replica made with pg_basebackup", () => {
  let dir: string;
  let primary: EmbeddedServer;
  let replica: StreamingReplica;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "casefile-replica-"));
    primary = await startEmbeddedPostgres({ dataDir: path.join(dir, "primary"), database: "casefile" });
    await one(primary.url, "CREATE TABLE marks (n int)");
    await one(primary.url, "INSERT INTO marks VALUES (1)");
    replica = await startStreamingReplica({ primaryUrl: primary.url, clusterDir: path.join(dir, "replica", "postgres"), port: await freePort() });
  }, 180_000);

  afterAll(async () => {
    await replica?.stop();
    await primary?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is read-only, holds the primary's data, and follows it until replay is paused", async () => {
    expect(await one(replica.url, "SELECT pg_is_in_recovery() AS value")).toBe(true);
    expect(await one(replica.url, "SELECT count(*)::int AS value FROM marks")).toBe(1);
    await expect(one(replica.url, "INSERT INTO marks VALUES (9)")).rejects.toThrow(/read-only/);

    await one(primary.url, "INSERT INTO marks VALUES (2)");
    await eventually(async () => (await one(replica.url, "SELECT count(*)::int AS value FROM marks")) === 2);

    await replica.pauseReplay();
    await eventually(async () => (await one(replica.url, "SELECT pg_get_wal_replay_pause_state() AS value")) === "paused");
    await one(primary.url, "INSERT INTO marks VALUES (3)");
    const written = String(await one(primary.url, "SELECT pg_current_wal_lsn()::text AS value"));
    // Paused: the row is on the primary, the replica still answers with the old data.
    expect(await one(replica.url, "SELECT count(*)::int AS value FROM marks")).toBe(2);
    expect(await one(replica.url, `SELECT (pg_last_wal_replay_lsn() >= '${written}'::pg_lsn) AS value`)).toBe(false);

    await replica.resumeReplay();
    await eventually(async () => (await one(replica.url, "SELECT count(*)::int AS value FROM marks")) === 3);
    expect(await one(replica.url, `SELECT (pg_last_wal_replay_lsn() >= '${written}'::pg_lsn) AS value`)).toBe(true);
  });

  it("starts again after a stop and catches up", async () => {
    await replica.stop();
    await one(primary.url, "INSERT INTO marks VALUES (4)");
    await replica.start();
    await eventually(async () => (await one(replica.url, "SELECT count(*)::int AS value FROM marks")) === 4);
  });
});
