// Applies migrations through the real Prisma CLI path (`prisma migrate deploy`, which runs our
// offline schema engine), exactly as a production deploy does.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const prismaBin = path.join(root, "node_modules/.bin/prisma");

export class MigrationError extends Error {
  override name = "MigrationError";
}

function runPrisma(args: string[], url: string, config?: string) {
  const result = spawnSync(prismaBin, config ? [...args, "--config", config] : args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  return { status: result.status ?? 1, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

/** The names of migrations recorded as failed (Prisma error P3009). */
function failedMigrationNames(output: string): string[] {
  if (!output.includes("P3009")) return [];
  return [...output.matchAll(/The `([^`]+)` migration started at .* failed/g)].map((m) => m[1] ?? "").filter(Boolean);
}

/**
 * Runs `prisma migrate deploy`. Our engine applies each migration as one implicit transaction,
 * so a migration that failed half-way left nothing behind; when `recoverFailed` is set, such a
 * migration is marked rolled back and retried once (the next start "recovers"). Against a
 * server we do not own, recovery stays a deliberate human step.
 */
export function migrateDeploy(url: string, options: { recoverFailed: boolean; config?: string }): { applied: string[] } {
  let run = runPrisma(["migrate", "deploy"], url, options.config);
  const failed = failedMigrationNames(run.output);
  if (run.status !== 0 && failed.length > 0 && options.recoverFailed) {
    for (const name of failed) runPrisma(["migrate", "resolve", "--rolled-back", name], url, options.config);
    run = runPrisma(["migrate", "deploy"], url, options.config);
  }
  if (run.status !== 0) {
    const stillFailed = failedMigrationNames(run.output);
    const reason =
      stillFailed.length > 0
        ? `Migration ${stillFailed.join(", ")} failed earlier and is recorded as failed. Fix the cause, then run: npx prisma migrate resolve --rolled-back ${stillFailed[0]} && npx prisma migrate deploy`
        : (run.output.split("\n").find((line) => /^Error|P\d{4}/.test(line.trim()))?.trim() ?? "prisma migrate deploy failed.");
    throw new MigrationError(`Database migration failed. ${reason}`);
  }
  const applied = [...run.output.matchAll(/^\s*└─ (\S+)\//gm)].map((m) => m[1] ?? "");
  return { applied };
}
