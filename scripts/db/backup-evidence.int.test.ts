// npm run db:backup / db:restore with evidence files, on scratch databases and evidence
// directories of their own: the backup copies the bytes every record names beside the dump; a
// restore into a fresh database and an empty store brings them back and evidence:verify passes;
// a blob gone from the backup is named by the restore, which exits 1.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { LocalBlobStore } from "@/lib/evidence/storage/local-store";
import { S3BlobStore } from "@/lib/evidence/storage/s3-store";
import { startS3Server } from "@/tests/support/s3-server";
import { migrateDeploy } from "./migrate";

const repo = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "casefile-backup-evidence-"));
const stamp = `${Date.now()}_${randomBytes(3).toString("hex")}`;
const databases: string[] = [];
const FILES = { report: "The inspection report: 40 million customers.\n", letter: "The company's letter.\n" };
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await client.connect();
  await client.query(sql);
  await client.end();
}

/** A new, empty database on the run's server; its URL. */
async function freshDatabase(label: string): Promise<string> {
  const name = `casefile_evb_${label}_${stamp}`;
  await admin(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  databases.push(name);
  const url = new URL(inject("adminDatabaseUrl"));
  url.pathname = `/${name}`;
  return url.toString();
}

function cli(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(path.join(repo, "node_modules/.bin/tsx"), [script, ...args], { cwd: repo, encoding: "utf8", env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking this process (the S3 test server runs in it). */
function cliAsync(script: string, args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(path.join(repo, "node_modules/.bin/tsx"), [script, ...args], { cwd: repo, env: { ...process.env, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}

let source = "";
const dataDir = (label: string) => path.join(work, `data-${label}`);
const dump = path.join(work, "with-evidence.dump");

beforeAll(async () => {
  source = await freshDatabase("source");
  migrateDeploy(source, { recoverFailed: false });
  const store = new LocalBlobStore(path.join(dataDir("source"), "evidence"));
  const prisma = createPrismaClient({ url: source });
  try {
    const org = await prisma.organization.create({ data: { slug: `org-${stamp}`, name: "Kakao Pay", kind: "company" } });
    const incident = await prisma.incident.create({ data: { slug: `case-${stamp}`, title: "Evidence backup", summary: "Two files.", investigatedOrgId: org.id } });
    for (const [title, text] of Object.entries(FILES)) {
      const staged = await store.stage(Readable.from([Buffer.from(text)]), { maxBytes: 1024 });
      await staged.commit();
      await prisma.evidenceFile.create({ data: { incidentId: incident.id, title, originalName: `${title}.txt`, mediaType: "text/plain", size: text.length, sha256: staged.sha256 } });
    }
  } finally {
    await prisma.$disconnect();
  }
}, 120_000);
afterAll(async () => {
  for (const name of databases) await admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  rmSync(work, { recursive: true, force: true });
});

describe("db:backup and db:restore with evidence files", () => {
  it("copies every recorded file's bytes beside the dump and lists their digests in the manifest", () => {
    const result = cli("scripts/db/backup.ts", [dump], { DATABASE_URL: source, CASEFILE_DATA_DIR: dataDir("source") });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Evidence: 2 of 2 files' bytes`);
    const manifest = JSON.parse(readFileSync(`${dump}.manifest.json`, "utf8")) as { evidence: { store: string; digests: string[]; copied: string[]; missing: string[] } };
    expect(manifest.evidence).toMatchObject({ store: "local", missing: [] });
    expect(manifest.evidence.digests).toEqual([sha(FILES.report), sha(FILES.letter)].sort());
    const copy = new LocalBlobStore(`${dump}.evidence`);
    for (const text of Object.values(FILES)) expect(readFileSync(copy.filePath(sha(text)), "utf8")).toBe(text);
    expect(existsSync(`${dump}.evidence/tmp`)).toBe(false);
  });

  it("restores database and bytes into a fresh database and an empty store; evidence:verify then passes", async () => {
    const target = await freshDatabase("fresh");
    const env = { DATABASE_URL: target, CASEFILE_DATA_DIR: dataDir("fresh") };
    const restored = cli("scripts/db/restore.ts", [dump], env);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain("Evidence: all 2 evidence records have their bytes in the store.");
    const store = new LocalBlobStore(path.join(dataDir("fresh"), "evidence"));
    for (const text of Object.values(FILES)) expect(readFileSync(store.filePath(sha(text)), "utf8")).toBe(text);
    const verified = cli("scripts/evidence-verify.ts", [], env);
    expect(verified.status, verified.stderr + verified.stdout).toBe(0);
    expect(verified.stdout).toContain("All 2 evidence files are intact.");
  });

  it("names the record whose bytes are gone from the backup, and exits 1", async () => {
    unlinkSync(new LocalBlobStore(`${dump}.evidence`).filePath(sha(FILES.letter)));
    const target = await freshDatabase("lacking");
    const restored = cli("scripts/db/restore.ts", [dump], { DATABASE_URL: target, CASEFILE_DATA_DIR: dataDir("lacking") });
    expect(restored.status).toBe(1);
    expect(restored.stderr).toContain("The database is restored, but 1 of 2 evidence records have no bytes in the evidence store");
    expect(restored.stderr).toMatch(new RegExp(`MISSING\\s+case-${stamp}\\s+\\S+\\s+${sha(FILES.letter)}\\s+letter`));
    expect(restored.stderr).not.toContain(sha(FILES.report));
  });

  it("with S3, lists the digests without copying the bucket, and a restore names the records whose objects are missing", async () => {
    const s3 = await startS3Server();
    try {
      const env = {
        EVIDENCE_S3_ENDPOINT: s3.endpoint,
        EVIDENCE_S3_BUCKET: s3.bucket,
        EVIDENCE_S3_REGION: "us-east-1",
        EVIDENCE_S3_ACCESS_KEY_ID: "S3RVER",
        EVIDENCE_S3_SECRET_ACCESS_KEY: "S3RVER",
        EVIDENCE_S3_FORCE_PATH_STYLE: "true",
      };
      // Only the report's bytes are in the bucket.
      const staged = await new S3BlobStore({ client: s3.client, bucket: s3.bucket }).stage(Readable.from([Buffer.from(FILES.report)]), { maxBytes: 1024 });
      await staged.commit();
      const s3Dump = path.join(work, "s3.dump");
      const backedUp = await cliAsync("scripts/db/backup.ts", [s3Dump], { DATABASE_URL: source, CASEFILE_DATA_DIR: dataDir("s3"), ...env });
      expect(backedUp.status, backedUp.stderr).toBe(0);
      expect(backedUp.stdout).toContain("Evidence: 2 files' digests listed in the manifest; back up the S3 bucket");
      expect(backedUp.stderr).toContain(`WARNING: 1 evidence file(s) named by a record are missing or changed in the store`);
      expect(existsSync(`${s3Dump}.evidence`)).toBe(false);
      const manifest = JSON.parse(readFileSync(`${s3Dump}.manifest.json`, "utf8")) as { evidence: { store: string; copied: string[]; missing: string[] } };
      expect(manifest.evidence).toMatchObject({ store: "s3", copied: [], missing: [sha(FILES.letter)] });

      const target = await freshDatabase("s3");
      const restored = await cliAsync("scripts/db/restore.ts", [s3Dump], { DATABASE_URL: target, CASEFILE_DATA_DIR: dataDir("s3-target"), ...env });
      expect(restored.status).toBe(1);
      expect(restored.stderr).toContain("1 of 2 evidence records have no bytes in the evidence store");
      expect(restored.stderr).toContain(sha(FILES.letter));
    } finally {
      await s3.stop();
    }
  }, 120_000);
});
