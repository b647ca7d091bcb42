import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import PgBoss from "pg-boss";
import { describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { allJobs } from "./all-jobs";
import { enqueueJob } from "./enqueue-job";

const migrations = path.resolve(import.meta.dirname, "../../prisma/migrations");
const migrationSql = readdirSync(migrations, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => readFileSync(path.join(migrations, d.name, "migration.sql"), "utf8"))
  .join("\n");

describe("the job registry", () => {
  it("names each job once", () => {
    expect(new Set(allJobs.map((j) => j.name)).size).toBe(allJobs.length);
  });

  it.each(allJobs.filter((j) => !j.cron).map((j) => j.name))("creates the queue of %s in a migration, so a web request can send to it before any worker started", (name) => {
    expect(migrationSql).toContain(`pgboss.create_queue('${name}'`);
  });

  it("leaves pg-boss's schema current after the migrations (start() needs no migration of its own)", async () => {
    const boss = new PgBoss({ connectionString: inject("databaseUrl"), schema: "pgboss", migrate: false, supervise: false, schedule: false });
    boss.on("error", () => undefined);
    await expect(boss.start()).resolves.toBe(boss);
    await boss.stop({ graceful: false, wait: true });
  });
});

describe("enqueueJob", () => {
  it("refuses data its job's schema refuses, and an unknown job, writing nothing", async () => {
    const before = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job`;
    await expect(prisma.$transaction((tx) => enqueueJob(tx, "mail.send", { mailId: 42 }))).rejects.toThrow();
    await expect(prisma.$transaction((tx) => enqueueJob(tx, "mail.nothing", {}))).rejects.toThrow(/No job named "mail.nothing"/);
    expect(await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job`).toEqual(before);
  });
});
