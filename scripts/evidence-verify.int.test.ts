// `npm run evidence:verify` as an operator runs it, on a database of its own (the command checks
// every file there is): 0 when every file is intact, 1 naming the file whose bytes changed or
// went missing.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { rename } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { LocalBlobStore } from "@/lib/evidence/storage/local-store";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { migrateDeploy } from "./db/migrate";

const repo = path.resolve(import.meta.dirname, "..");
const dataDir = mkdtempSync(path.join(tmpdir(), "casefile-verify-"));
const store = new LocalBlobStore(path.join(dataDir, "evidence"));
const database = `casefile_verify_${randomBytes(4).toString("hex")}`;
const adminUrl = inject("adminDatabaseUrl");
const url = (() => {
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${database}`;
  return parsed.toString();
})();
let db: PrismaClient;
const files: { id: string; sha256: string }[] = [];

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

beforeAll(async () => {
  await admin(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  migrateDeploy(url, { recoverFailed: false });
  db = createPrismaClient({ url });
  const org = await db.organization.create({ data: { slug: "verify-org", name: "Verify test", kind: "company" } });
  const incident = await db.incident.create({ data: { slug: "verify-case", title: "Verify test", summary: "…", investigatedOrgId: org.id } });
  for (const text of ["inspection report", "company reply"]) {
    const staged = await store.stage(Readable.from([Buffer.from(text)]), { maxBytes: 1024 });
    await staged.commit();
    const file = await db.evidenceFile.create({ data: { incidentId: incident.id, title: text, originalName: `${text}.txt`, mediaType: "text/plain", size: BigInt(text.length), sha256: staged.sha256 } });
    files.push({ id: file.id, sha256: staged.sha256 });
  }
}, 120_000);
afterAll(async () => {
  await db?.$disconnect();
  await admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
  rmSync(dataDir, { recursive: true, force: true });
});

const verify = () =>
  spawnSync(path.join(repo, "node_modules/.bin/tsx"), ["scripts/evidence-verify.ts"], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url, CASEFILE_DATA_DIR: dataDir, EVIDENCE_S3_BUCKET: "" },
  });

describe("npm run evidence:verify", () => {
  it("exits 0 when every file is intact, and 1 naming a changed and a missing file", async () => {
    const intact = verify();
    expect(intact.status, intact.stderr).toBe(0);
    expect(intact.stdout).toContain("All 2 evidence files are intact.");

    const [changed, missing] = files as [(typeof files)[0], (typeof files)[0]];
    const target = store.filePath(changed.sha256);
    rmSync(target);
    const replaced = await store.stage(Readable.from([Buffer.from("inspection report, altered")]), { maxBytes: 1024 });
    // Put other bytes where the first file's digest points, as someone editing the disk would.
    await replaced.commit();
    await rename(store.filePath(replaced.sha256), target);
    await store.remove(missing.sha256);

    const broken = verify();
    expect(broken.status, broken.stderr).toBe(1);
    expect(broken.stdout).toMatch(new RegExp(`CHANGED\\s+${changed.id}`));
    expect(broken.stdout).toMatch(new RegExp(`MISSING\\s+${missing.id}`));
    expect(broken.stdout).toContain("2 of 2 evidence files changed or went missing.");
    expect(await db.evidenceVerification.count({ where: { result: { not: "ok" } } })).toBe(2);
  });
});
