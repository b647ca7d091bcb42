import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { verifyPassword } from "@/lib/auth/password";

const repo = path.resolve(import.meta.dirname, "..");
afterAll(() => prisma.$disconnect());

function userCreate(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(path.join(repo, "node_modules/.bin/tsx"), ["scripts/user-create.ts", ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: inject("databaseUrl"), ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run user:create", () => {
  it("creates the first administrator and prints a one-time password that works", async () => {
    const email = `first-admin-${Date.now()}@agency.example`;
    const result = userCreate(["--email", email, "--role", "admin", "--name", "First Admin"]);
    expect(result.status, result.stderr).toBe(0);
    const password = result.stdout.match(/One-time password \(shown only now\): (\S+)/)?.[1];
    expect(password).toHaveLength(20);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("admin");
    expect(await verifyPassword(user.passwordHash ?? "", password ?? "")).toBe(true);
    expect(await prisma.auditEvent.count({ where: { entityId: user.id, action: "user.created", actorLabel: "cli (npm run user:create)" } })).toBe(1);
  });

  it("takes a chosen password from the environment, refusing a short one", async () => {
    const email = `chosen-${Date.now()}@agency.example`;
    expect(userCreate(["--email", email, "--role", "regulator"], { CASEFILE_NEW_PASSWORD: "short" })).toMatchObject({ status: 2 });
    const ok = userCreate(["--email", email, "--role", "regulator"], { CASEFILE_NEW_PASSWORD: "a long enough passphrase" });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).not.toContain("One-time password");
  });

  it.each([
    [["--email", "not-an-email", "--role", "admin"], /email/],
    [["--email", "x@agency.example", "--role", "overlord"], /Choose admin, regulator or case officer/],
    [["--email", "x@agency.example"], /role/],
    [["--bogus"], /Unknown option/],
  ])("explains bad arguments %j with usage and exit code 2", (args, message) => {
    const result = userCreate(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Usage: npm run user:create/);
  });

  it("refuses a duplicate email", () => {
    const email = `dup-${Date.now()}@agency.example`;
    expect(userCreate(["--email", email, "--role", "admin"]).status).toBe(0);
    const again = userCreate(["--email", email, "--role", "admin"]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("already exists");
  });
});
