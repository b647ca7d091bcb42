// The recommended deployment, on loopback: an embedded PostgreSQL primary with a streaming
// replica (pg_basebackup), migrations and the demo data, two or more production instances of
// the app (DATABASE_URL + DATABASE_REPLICA_URL), the worker, and HAProxy from Debian with
// deploy/haproxy/haproxy.cfg.template. Used by `npm run test:cluster` (tests/cluster/) and
// `npm run bench:load` (bench/load/run.ts). Ports: `basePort` for HAProxy, the next ones for
// the instances, the primary and the replica.
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemoUsers, type DemoCredential } from "@/prisma/seed/demo-users";
import { seedDatabase } from "@/prisma/seed/index";
import { startEmbeddedPostgres, type EmbeddedServer } from "../db/embedded-postgres";
import { migrateDeploy } from "../db/migrate";
import { startStreamingReplica, type StreamingReplica } from "../db/streaming-replica";
import { buildWebApp, webBuildIsStale } from "../web-build";
import { DEPLOY_DIR } from "./haproxy-config";
import { appInstance, startHaproxy, startWorker, stopProcess, type AppInstance, type Haproxy } from "./processes";

const root = path.resolve(import.meta.dirname, "../..");

export interface ClusterOptions {
  /** HAProxy listens here; instance i on basePort + i, the primary and replica after them. */
  basePort: number;
  /** Emptied first; the databases, HAProxy's configuration and socket go here. */
  dir: string;
  instances?: number;
  /** false: no replica, DATABASE_REPLICA_URL unset. */
  replica?: boolean;
  worker?: boolean;
  /** Extra environment for the app instances (e.g. TRUST_PROXY_HOPS). */
  env?: Record<string, string>;
  onInfo?: (line: string) => void;
}

export interface Cluster {
  lbUrl: string;
  /** The primary's URL (the same after a restart). */
  primaryUrl: string;
  /** Stops the primary (fast shutdown), as a failover or a restart would. */
  stopPrimary(): Promise<void>;
  /** Starts it again on the same port and data. */
  startPrimary(): Promise<void>;
  replica?: StreamingReplica;
  instances: AppInstance[];
  haproxy: Haproxy;
  credentials: DemoCredential[];
  /** The environment the instances run with (for starting one again). */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** Builds the production app once if the sources are newer than the last build. */
async function ensureBuild(onInfo: (line: string) => void): Promise<void> {
  if (!webBuildIsStale(root)) return;
  onInfo("building the web app (next build)…");
  if (!(await buildWebApp(root))) throw new Error("next build failed");
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const say = options.onInfo ?? (() => undefined);
  const count = options.instances ?? 2;
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => say(`could not stop: ${String(error)}`));
    stops.length = 0;
  };
  try {
    await ensureBuild(say);
    rmSync(options.dir, { recursive: true, force: true });
    mkdirSync(options.dir, { recursive: true });
    const primaryPort = options.basePort + count + 1;
    const primaryOptions = { dataDir: path.join(options.dir, "primary"), database: "casefile", port: primaryPort };
    let primary: EmbeddedServer | undefined = await startEmbeddedPostgres(primaryOptions);
    const stopPrimary = async () => {
      await primary?.stop();
      primary = undefined;
    };
    stops.push(stopPrimary);
    const primaryUrl = primary.url;
    say(`primary on ${primaryPort}; migrating and loading the demo data`);
    migrateDeploy(primaryUrl, { recoverFailed: false });
    const prisma = createPrismaClient({ url: primaryUrl });
    let credentials: DemoCredential[];
    try {
      await seedDatabase(prisma, { demo: true });
      credentials = await seedDemoUsers(prisma, primary.dataDir);
    } finally {
      await prisma.$disconnect();
    }

    let replica: StreamingReplica | undefined;
    if (options.replica !== false) {
      replica = await startStreamingReplica({ primaryUrl, clusterDir: path.join(options.dir, "replica"), port: primaryPort + 1, fresh: true });
      stops.push(() => replica!.stop());
      say(`streaming replica on ${replica.port}`);
    }

    const lbUrl = `http://127.0.0.1:${options.basePort}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: primaryUrl,
      ...(replica ? { DATABASE_REPLICA_URL: replica.url } : {}),
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: lbUrl,
      TRUST_PROXY_HOPS: "1",
      CASEFILE_DATA_DIR: options.dir,
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    };
    if (!replica) delete env.DATABASE_REPLICA_URL;

    if (options.worker !== false) {
      const worker = startWorker(env);
      stops.push(() => stopProcess(worker.child));
    }
    const instances = Array.from({ length: count }, (_, i) => appInstance(`app${i + 1}`, options.basePort + i + 1, env));
    for (const instance of instances) stops.push(() => instance.stop());
    await Promise.all(instances.map((instance) => instance.start()));
    say(`instances on ${instances.map((i) => i.port).join(", ")}`);

    const haproxy = await startHaproxy(
      {
        bind: `127.0.0.1:${options.basePort}`,
        servers: instances.map((i) => `127.0.0.1:${i.port}`),
        statsSocket: path.join(options.dir, "haproxy.sock"),
        errorDir: path.join(DEPLOY_DIR, "errors"),
        healthUri: "/healthz",
        // HAProxy needs two file descriptors per connection; a shell's limit is often 20,000.
        maxconn: 4_000,
      },
      path.join(options.dir, "haproxy.cfg"),
      options.basePort,
    );
    stops.push(() => haproxy.stop());
    say(`HAProxy on ${options.basePort}`);
    const startPrimary = async () => {
      primary ??= await startEmbeddedPostgres(primaryOptions);
    };
    return { lbUrl, primaryUrl, stopPrimary, startPrimary, replica, instances, haproxy, credentials, env, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
