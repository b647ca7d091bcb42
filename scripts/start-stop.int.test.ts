// `npm start` stops when a process manager or container runtime signals the npm process: the
// web server and PostgreSQL stop, nothing of the process tree is left running, and the database
// was shut down cleanly (the next start does no crash recovery).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./db/embedded-postgres";
import { buildWebApp, webBuildIsStale } from "./web-build";

const repo = path.resolve(import.meta.dirname, "..");
const scratch = mkdtempSync(path.join(tmpdir(), "casefile-stop-"));
const dataDir = path.join(scratch, "data");
const postgresLog = path.join(dataDir, "postgres.log");
const CRASH_RECOVERY = /was interrupted|not properly shut down|automatic recovery|redo starts|crash/i;

// Generous: a first start creates the cluster and loads the demo data, on a shared 2-core machine.
const READY_MS = 300_000;
const STOP_MS = 90_000;

interface Proc {
  pid: number;
  ppid: number;
  pgid: number;
  name: string;
}

/** Every process on the machine, from /proc (name: the command's first word, or its title). */
function processes(): Proc[] {
  const list: Proc[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces; the fields after it are plain.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (fields[0] === "Z") continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").filter(Boolean);
      list.push({ pid: Number(entry), ppid: Number(fields[1]), pgid: Number(fields[2]), name: cmdline.join(" ") });
    } catch {
      // gone between the listing and the read
    }
  }
  return list;
}

function descendants(root: number): Proc[] {
  const all = processes();
  const found: Proc[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const parent = pending.pop()!;
    for (const p of all.filter((q) => q.ppid === parent)) {
      found.push(p);
      pending.push(p.pid);
    }
  }
  return found;
}

/** Processes still alive among `tree`, or in the npm process's group (an orphan keeps its group). */
function leftovers(tree: Proc[], group: number): Proc[] {
  const pids = new Set(tree.map((p) => p.pid));
  return processes().filter((p) => pids.has(p.pid) || p.pgid === group);
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms / 1000} s waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const logSize = () => (existsSync(postgresLog) ? statSync(postgresLog).size : 0);
const logSince = (offset: number) => readFileSync(postgresLog, "utf8").slice(offset);

let npm: ChildProcess | undefined;
afterEach(() => {
  // A failed test must not leave a server running: end the whole group, and any stray pid.
  if (npm?.pid) {
    for (const p of leftovers(descendants(npm.pid), npm.pid)) {
      try {
        process.kill(p.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
  npm = undefined;
});

beforeAll(async () => {
  // Built once here, so the tests time a start, not a build; `npm start` would build it the same way.
  if (webBuildIsStale(repo)) expect(await buildWebApp(repo), "next build").toBe(true);
}, 1_200_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The SIGINT run also asks, as the Playwright set-up does, for its database to be dropped on the
// way out: that needs the web server stopped first and PostgreSQL still up.
const RUNS = [
  { signal: "SIGTERM", database: "casefile" },
  { signal: "SIGINT", database: "casefile_ephemeral", ephemeral: true },
] as const;

describe.each(RUNS)("npm start, then $signal to the npm process", ({ signal, database, ...run }) => {
  const ephemeral = "ephemeral" in run;
  it("stops the web server and PostgreSQL, leaves no process behind, and shuts the database down cleanly", async () => {
    const port = await freePort();
    const logStart = logSize();
    let output = "";
    // detached: its own process group, like a service, so the test's own signals stay out of it
    // and an orphan can be found by its group.
    npm = spawn("npm", ["start"], {
      cwd: repo,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: "",
        NEXTAUTH_SECRET: "",
        PORT: String(port),
        CASEFILE_DATA_DIR: dataDir,
        CASEFILE_DB_NAME: database,
        CASEFILE_EPHEMERAL_DB: ephemeral ? "1" : "",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    const exited = new Promise<void>((resolve) => npm!.once("exit", () => resolve()));
    const ready = new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (/Casefile is ready at/.test(output)) resolve();
      };
      npm!.stdout!.on("data", read);
      npm!.stderr!.on("data", read);
      void exited.then(() => reject(new Error(`npm start exited before it was ready:\n${output}`)));
    });
    const npmPid = npm.pid!;

    await within(ready, READY_MS, "Casefile to be ready");
    const tree = descendants(npmPid);
    const names = tree.map((p) => p.name).join("\n");
    expect(names, "the start script").toMatch(/scripts\/start\.ts/);
    expect(names, "the web server").toMatch(/scripts\/serve\.ts/);
    expect(names, "PostgreSQL").toMatch(/bin\/postgres -D/);
    expect(names, "the worker").toMatch(/scripts\/worker\.ts/);

    process.kill(npmPid, signal);
    await within(exited, STOP_MS, `npm to exit after ${signal}`);

    // Everything has ended when npm exits; the short wait is only for the kernel to reap.
    const deadline = Date.now() + 5_000;
    while (leftovers(tree, npmPid).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(leftovers(tree, npmPid).map((p) => `${p.pid} ${p.name}`)).toEqual([]);
    expect(existsSync(path.join(dataDir, "postgres/postmaster.pid")), "postmaster.pid removed").toBe(false);
    expect(logSince(logStart)).toMatch(/database system is shut down/);

    // The next start finds a cleanly shut-down cluster: no crash recovery.
    const nextStart = logSize();
    const server = await startEmbeddedPostgres({ dataDir, database: "postgres" });
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]).finally(() => admin.end());
    await server.stop();
    expect(found.rowCount, ephemeral ? "the ephemeral database was dropped" : "the database is kept").toBe(ephemeral ? 0 : 1);
    const log = logSince(nextStart);
    expect(log).toMatch(/database system was shut down at/);
    expect(log).not.toMatch(CRASH_RECOVERY);
  }, READY_MS + STOP_MS + 60_000);
});

describe("npm start, when its worker dies", () => {
  it("says so and stops the web server and PostgreSQL: no web server runs without its worker", async () => {
    const port = await freePort();
    let output = "";
    npm = spawn("npm", ["start"], {
      cwd: repo,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, DATABASE_URL: "", NEXTAUTH_SECRET: "", PORT: String(port), CASEFILE_DATA_DIR: dataDir, CASEFILE_DB_NAME: "casefile", CASEFILE_EPHEMERAL_DB: "", NEXT_TELEMETRY_DISABLED: "1" },
    });
    const code = new Promise<number | null>((resolve) => npm!.once("exit", (c) => resolve(c)));
    const ready = new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (/Casefile is ready at/.test(output)) resolve();
      };
      npm!.stdout!.on("data", read);
      npm!.stderr!.on("data", read);
      void code.then(() => reject(new Error(`npm start exited before it was ready:\n${output}`)));
    });
    const npmPid = npm.pid!;
    await within(ready, READY_MS, "Casefile to be ready");
    const tree = descendants(npmPid);
    const worker = tree.find((p) => /scripts\/worker\.ts/.test(p.name));
    expect(worker, tree.map((p) => p.name).join("\n")).toBeDefined();

    process.kill(worker!.pid, "SIGKILL");
    expect(await within(code, STOP_MS, "npm to exit after its worker died")).not.toBe(0);
    expect(output).toMatch(/The worker exited \(SIGKILL\); stopping the web server and the database\./);
    const deadline = Date.now() + 5_000;
    while (leftovers(tree, npmPid).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(leftovers(tree, npmPid).map((p) => `${p.pid} ${p.name}`)).toEqual([]);
  }, READY_MS + STOP_MS + 60_000);
});
