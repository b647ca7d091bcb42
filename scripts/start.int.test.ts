// `npm start` refuses bad set-ups with one clear line, and never deletes the user's data.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./db/embedded-postgres";

const repo = path.resolve(import.meta.dirname, "..");
const scratch = mkdtempSync(path.join(tmpdir(), "casefile-start-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  const result = spawnSync(path.join(repo, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", NEXTAUTH_SECRET: "", PORT: "0", ...env },
    timeout: 120_000,
  });
  const stderr = result.stderr.trim();
  return { status: result.status, stderr, lines: stderr.split("\n").filter(Boolean) };
}

function expectOneClearLine(result: ReturnType<typeof start>, pattern: RegExp) {
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/^\s+at /m); // no stack trace
  expect(result.lines).toHaveLength(1);
}

describe("npm start with a bad DATABASE_URL", () => {
  it("refuses a malformed URL", () => {
    const env = { DATABASE_URL: "mysql//nope", PORT: "39123" };
    expectOneClearLine(start(env), /DATABASE_URL must look like postgresql:\/\//);
  });

  it("refuses an unreachable server", () => {
    expectOneClearLine(start({ DATABASE_URL: "postgresql://u:p@127.0.0.1:9/casefile", NEXTAUTH_SECRET: "s".repeat(32), PORT: "39124" }), /Cannot reach the database in DATABASE_URL \(127\.0\.0\.1:9\)/);
  });
});

describe("npm start with a busy port", () => {
  it("says which port is taken", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(39125, resolve));
    try {
      expectOneClearLine(start({ PORT: "39125", CASEFILE_DATA_DIR: path.join(scratch, "unused") }), /Port 39125 is already in use/);
    } finally {
      server.close();
    }
  });
});

describe("npm start with a damaged data directory", () => {
  it("refuses a directory that is not a cluster, and leaves it alone", () => {
    const dataDir = path.join(scratch, "not-a-cluster");
    mkdirSync(path.join(dataDir, "postgres"), { recursive: true });
    writeFileSync(path.join(dataDir, "postgres/notes.txt"), "precious");
    expectOneClearLine(start({ PORT: "39126", CASEFILE_DATA_DIR: dataDir }), /holds no PostgreSQL cluster .* left untouched/);
    expect(readFileSync(path.join(dataDir, "postgres/notes.txt"), "utf8")).toBe("precious");
  });

  it("reports a damaged cluster without deleting it", async () => {
    const dataDir = path.join(scratch, "damaged");
    const server = await startEmbeddedPostgres({ dataDir, database: "casefile" });
    await server.stop();
    rmSync(path.join(dataDir, "postgres/global/pg_control"));
    const result = start({ PORT: "39127", CASEFILE_DATA_DIR: dataDir });
    expectOneClearLine(result, /looks damaged .*left untouched/);
    expect(existsSync(path.join(dataDir, "postgres/PG_VERSION"))).toBe(true);
    expect(existsSync(path.join(dataDir, "postgres/base"))).toBe(true);
  });
});
