// The importer killed mid-import (SIGKILL, as a crash or an out-of-memory kill would) leaves the
// old series, never a mix; run again, it imports the new one whole.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { unique } from "@/tests/support/factories";

const repo = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "casefile-import-"));
const CASES = 60;
const DAYS = 3000;
let slugs: string[] = [];

beforeAll(async () => {
  const org = await prisma.organization.create({ data: { slug: unique("org"), name: "Kill test", kind: "company" } });
  slugs = Array.from({ length: CASES }, () => unique("kill"));
  await prisma.incident.createMany({ data: slugs.map((slug) => ({ slug, title: slug, summary: "Kill test", investigatedOrgId: org.id })) });
  const start = Date.UTC(2010, 0, 1);
  const day = (i: number) => new Date(start + i * 86_400_000).toISOString().slice(0, 10);
  writeFileSync(path.join(work, "old.csv"), `case,day,records\n${slugs.map((s) => `${s},${day(0)},1`).join("\n")}\n`);
  const lines = ["case,day,records"];
  for (const s of slugs) for (let i = 0; i < DAYS; i++) lines.push(`${s},${day(i)},${1000 + i}`);
  writeFileSync(path.join(work, "new.csv"), lines.join("\n") + "\n");
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await prisma.$disconnect();
});

const cli = (file: string) => [path.join(repo, "node_modules/.bin/tsx"), ["scripts/import-series.ts", path.join(work, file)]] as const;
const env = () => ({ ...process.env, DATABASE_URL: inject("databaseUrl") });
const seriesOf = async () =>
  (await prisma.dailyRecordCount.groupBy({ by: ["incidentId"], where: { incident: { slug: { in: slugs } } }, _count: { _all: true }, _sum: { records: true } })).map((g) => [
    g._count._all,
    Number(g._sum.records),
  ]);

describe("killing the importer mid-import", () => {
  // Killed while the file streams into staging, and killed while the rows are being written.
  it.each([
    ["reading the file", (out: string) => Number(/rows (\d+)/.exec(out)?.[1] ?? 0) > 0],
    ["writing the rows", (out: string) => out.includes("writing…")],
  ])("while %s: leaves the old series whole, and a second run imports the new one whole", async (_when, killNow) => {
    await prisma.dailyRecordCount.deleteMany({ where: { incident: { slug: { in: slugs } } } });
    const startedAt = new Date();
    const [cmd, args] = cli("old.csv");
    expect(spawnSync(cmd, args, { cwd: repo, env: env(), encoding: "utf8" }).status).toBe(0);
    const old = await seriesOf();
    expect(old).toEqual(Array.from({ length: CASES }, () => [1, 1]));

    const [cmd2, args2] = cli("new.csv");
    const child = spawn(cmd2, args2, { cwd: repo, env: env(), stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (killNow(out)) resolve();
      });
      child.on("exit", () => reject(new Error("The import finished before it could be killed; make the file bigger.")));
    });
    // tsx runs the script in a child process: kill the whole group, as a crash would.
    const killed = new Promise((resolve) => child.on("exit", resolve));
    process.kill(child.pid!, "SIGKILL");
    spawnSync("pkill", ["-KILL", "-P", String(child.pid)]);
    await killed;

    // The server notices the dropped connection and rolls the transaction back.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await seriesOf()).toEqual(old);
    expect(await prisma.seriesImport.count({ where: { incident: { slug: { in: slugs } }, fileName: "new.csv", createdAt: { gte: startedAt } } })).toBe(0);

    const done = spawnSync(cmd2, args2, { cwd: repo, env: env(), encoding: "utf8" });
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toMatch(new RegExp(`Imported ${CASES * DAYS} rows for ${CASES} case\\(s\\)`));
    const sumPerCase = DAYS * 1000 + (DAYS * (DAYS - 1)) / 2;
    expect(await seriesOf()).toEqual(Array.from({ length: CASES }, () => [DAYS, sumPerCase]));
  });
});
