// The processes of the local cluster (scripts/cluster/cluster.ts): app instances, the worker and
// HAProxy, each a child of this process, stopped by pid, never by name.
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { renderHaproxyConfig, type HaproxySettings } from "./haproxy-config";

const root = path.resolve(import.meta.dirname, "../..");

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Sends `signal`, then SIGKILL after `graceMs`; resolves once the process has exited. */
export function stopProcess(child: ChildProcess | undefined, signal: NodeJS.Signals = "SIGTERM", graceMs = 10_000): Promise<void> {
  if (!child || exited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/** Polls `url` until it answers with one of `statuses`; the error names what it last saw. */
async function waitForHttp(url: string, options: { statuses?: number[]; timeoutMs?: number; child?: ChildProcess; log?: () => string } = {}): Promise<void> {
  const statuses = options.statuses ?? [200];
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let last = "no answer";
  for (;;) {
    if (options.child && exited(options.child)) throw new Error(`The process for ${url} exited before it answered:\n${options.log?.().slice(-2000) ?? ""}`);
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (statuses.includes(response.status)) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer ${statuses.join("/")} in time (last: ${last})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A child process whose output is kept (the last 64 kB) for error messages. */
function spawnLogged(command: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; log: () => string } {
  let output = "";
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-65_536);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, log: () => output };
}

export interface AppInstance {
  name: string;
  port: number;
  url: string;
  /** The process, while it runs. */
  child(): ChildProcess | undefined;
  log(): string;
  start(): Promise<void>;
  /** SIGKILL: no goodbye, requests in flight are cut. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** One production web server (scripts/serve.ts, as `npm start` runs it) on a loopback port. */
export function appInstance(name: string, port: number, env: NodeJS.ProcessEnv): AppInstance {
  let running: { child: ChildProcess; log: () => string } | undefined;
  const url = `http://127.0.0.1:${port}`;
  return {
    name,
    port,
    url,
    child: () => running?.child,
    log: () => running?.log() ?? "",
    async start() {
      running = spawnLogged(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { ...env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1" });
      await waitForHttp(`${url}/robots.txt`, { child: running.child, log: running.log });
    },
    kill: () => stopProcess(running?.child, "SIGKILL"),
    stop: () => stopProcess(running?.child),
  };
}

/** `npm run worker`'s process. */
export function startWorker(env: NodeJS.ProcessEnv): { child: ChildProcess; log: () => string } {
  return spawnLogged(process.execPath, ["--import", "tsx", "--import", "./scripts/allow-server-only.mjs", "scripts/worker.ts"], env);
}

/** `show stat` on HAProxy's admin socket, one object per proxy or server. */
function statsCsv(socket: string): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) => {
    let text = "";
    const connection = net.createConnection(socket, () => connection.write("show stat\n"));
    connection.on("data", (chunk: Buffer) => (text += chunk.toString()));
    connection.on("error", reject);
    connection.on("end", () => {
      const [header, ...lines] = text.trim().split("\n");
      const names = (header ?? "").replace(/^# /, "").split(",");
      resolve(lines.map((line) => Object.fromEntries(line.split(",").map((value, i) => [names[i] ?? String(i), value]))));
    });
  });
}

export interface Haproxy {
  url: string;
  configFile: string;
  log(): string;
  /** A reload as `systemctl reload haproxy` does it: SIGUSR2 to the master process. */
  reload(): void;
  /** "staff/app1 UP retries=2 redispatches=1, …" from the stats socket (since the last reload). */
  retries(): Promise<string>;
  stop(): Promise<void>;
}

/** Renders the template into `configFile` and runs HAProxy in master-worker mode, in the foreground. */
export async function startHaproxy(settings: HaproxySettings, configFile: string, port: number): Promise<Haproxy> {
  writeFileSync(configFile, renderHaproxyConfig(settings));
  const { child, log } = spawnLogged("haproxy", ["-W", "-db", "-f", configFile], process.env);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/robots.txt`, { child, log, timeoutMs: 30_000 });
  return {
    url,
    configFile,
    log,
    reload: () => void child.kill("SIGUSR2"),
    retries: async () => {
      const rows = (await statsCsv(settings.statsSocket)).filter((r) => (r.pxname === "staff" || r.pxname === "public") && r.svname !== "FRONTEND" && r.svname !== "BACKEND");
      return rows.map((r) => `${r.pxname}/${r.svname} ${r.status} retries=${r.wretr} redispatches=${r.wredis}`).join(", ");
    },
    stop: () => stopProcess(child, "SIGTERM", 5_000),
  };
}
