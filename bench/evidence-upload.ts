// npm run bench:evidence-upload
//
// Issue 15's upload target, measured on the real stack (production build, embedded PostgreSQL,
// the local disk store, a signed-in regulator): a 100 MB file uploaded over HTTP to
// POST /api/cases/<slug>/evidence should take within 2× of `cp` of the same file on the same
// disk, with the server's memory flat. Each run's file differs in a few bytes, so every upload
// stores new bytes (no dedup shortcut). While uploads run, the server process's RSS
// (/proc/<pid>/status VmRSS) is sampled every 50 ms; baseline is the median over 2 s before the
// first 100 MB upload (after one small warm-up upload that loads the route's code). Beside `cp`
// (and `cp` + `sync`), the store's own work without HTTP is timed, as the floor. Results go to
// bench/results/evidence-upload.json and docs/performance.md.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync, closeSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { REFERENCE_CASE_SLUG } from "@/prisma/seed/reference-case";
import { embeddedUrl, readEmbeddedState } from "@/scripts/db/embedded-runtime";
import { LocalBlobStore } from "@/lib/evidence/storage/local-store";
import { demoPassword, signIn, startApp } from "./lib/app-server";
import { writeResults } from "./lib/results";
import { summarize } from "./lib/stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_MB changes the file's size (at most EVIDENCE_MAX_FILE_MB), to see whether memory follows it.
const SIZE = Number(process.env.BENCH_MB ?? 100) * 1024 * 1024;
const DATA_DIR = ".data/bench-evidence";
const SAMPLE_MS = 50;

/** A 100 MB "PDF" (a real signature, random bytes): the upload's type check accepts it, nothing compresses it. */
function makeFile(file: string): void {
  if (existsSync(file) && statSync(file).size === SIZE) return;
  const fd = openSync(file, "w");
  const head = Buffer.from("%PDF-1.7\n");
  const tail = Buffer.from("\n%%EOF\n");
  writeSync(fd, head);
  const chunk = 1024 * 1024;
  for (let left = SIZE - head.length - tail.length; left > 0; left -= chunk) writeSync(fd, randomBytes(Math.min(chunk, left)));
  writeSync(fd, tail);
  closeSync(fd);
}

/** Changes 16 bytes after the header, so the next upload is new bytes. */
function vary(file: string): void {
  const fd = openSync(file, "r+");
  writeSync(fd, randomBytes(16), 0, 16, 64);
  closeSync(fd);
}

function rssKb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? Number.NaN);
}

/** The web server process (scripts/serve.ts), a descendant of the bench's `npm start`. */
function serverPid(): number {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (cmdline.some((arg) => arg.endsWith("scripts/serve.ts")) && readFileSync(`/proc/${entry}/environ`, "utf8").includes(`CASEFILE_DATA_DIR=${DATA_DIR}`)) return Number(entry);
    } catch {
      // A process that ended while we looked.
    }
  }
  throw new Error("The web server's process was not found");
}

/** Samples RSS until stopped; answers the samples in MiB. */
function sampleRss(pid: number) {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(rssKb(pid) / 1024), SAMPLE_MS);
  return () => {
    clearInterval(timer);
    return samples;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mib = (n: number) => Math.round(n * 10) / 10;

async function main() {
  const app = await startApp({ dataDir: DATA_DIR, port: Number(process.env.BENCH_PORT ?? 3215) });
  const state = readEmbeddedState(app.dataDir);
  if (!state?.port) throw new Error("The embedded server is not running");
  const db = new pg.Client({ connectionString: embeddedUrl(state) });
  await db.connect();
  const work = path.join(app.dataDir, "bench-files");
  mkdirSync(work, { recursive: true });
  const source = path.join(work, `evidence-${SIZE / 1024 / 1024}mb.pdf`);
  try {
    makeFile(source);
    const pid = serverPid();

    // cp on the same disk as the store (the data directory), page cache warm for both.
    const copyMs: number[] = [];
    const copySyncMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const target = path.join(work, `copy-${i}.pdf`);
      vary(source);
      let started = performance.now();
      spawnSync("cp", [source, target]);
      copyMs.push(performance.now() - started);
      rmSync(target);
      // The store fsyncs each file before committing it; cp does not, so this is the fair twin.
      started = performance.now();
      spawnSync("sh", ["-c", `cp "$1" "$2" && sync "$2"`, "sh", source, target]);
      copySyncMs.push(performance.now() - started);
      rmSync(target);
    }

    // The store's own work without HTTP or Next (read, SHA-256, write, fsync, rename): the floor
    // the upload cannot go below, to tell the hashing and syncing from the transport.
    const storeOnlyMs: number[] = [];
    const scratch = new LocalBlobStore(path.join(work, "store-only"));
    for (let i = 0; i < RUNS; i++) {
      vary(source);
      const started = performance.now();
      const staged = await scratch.stage(createReadStream(source), { maxBytes: SIZE });
      await staged.commit();
      storeOnlyMs.push(performance.now() - started);
    }

    const email = "regulator@casefile.demo";
    const cookie = await signIn(app.baseUrl, email, demoPassword(app.dataDir, email));
    const upload = (body: BodyInit, bytes: number, title: string) =>
      fetch(`${app.baseUrl}/api/cases/${REFERENCE_CASE_SLUG}/evidence?${new URLSearchParams({ title, kind: "other", fileName: "evidence.pdf" })}`, {
        method: "POST",
        headers: { Cookie: cookie, "Content-Type": "application/pdf", "Content-Length": String(bytes), Origin: app.baseUrl },
        body,
        duplex: "half",
      } as RequestInit);
    // One small upload first: the route's code loads on its first request, which is not the file's doing.
    const warmup = Buffer.from(`%PDF-1.7\n${randomBytes(8).toString("hex")}\n%%EOF\n`);
    const warm = await upload(warmup, warmup.length, "Bench upload warm-up");
    if (warm.status !== 201) throw new Error(`Warm-up upload: ${warm.status} ${await warm.text()}`);
    await sleep(1000);
    const stopBaseline = sampleRss(pid);
    await sleep(2000);
    const baseline = stopBaseline();

    const uploadMs: number[] = [];
    const peaks: number[] = [];
    const stopAll = sampleRss(pid);
    for (let i = 0; i < RUNS; i++) {
      vary(source);
      const stopRun = sampleRss(pid);
      const started = performance.now();
      const response = await upload(Readable.toWeb(createReadStream(source)) as ReadableStream<Uint8Array>, SIZE, `Bench upload ${i + 1}`);
      const answer = await response.text();
      uploadMs.push(performance.now() - started);
      if (response.status !== 201) throw new Error(`Upload ${i + 1}: ${response.status} ${answer.slice(0, 300)}`);
      peaks.push(Math.max(...stopRun()));
    }
    await sleep(2000);
    const all = stopAll();
    const after = all.slice(-Math.floor(2000 / SAMPLE_MS));

    const baselineMiB = summarize(baseline).median;
    const uploaded = summarize(uploadMs);
    const copy = summarize(copyMs);
    const copySync = summarize(copySyncMs);
    writeResults(SIZE === 100 * 1024 * 1024 ? "evidence-upload" : `evidence-upload-${SIZE / 1024 / 1024}mb`, {
      measuredAt: new Date().toISOString(),
      machine: "2-core build machine shared with other jobs, Node " + process.versions.node,
      file: { bytes: SIZE, runs: RUNS },
      cpMs: copy,
      cpAndSyncMs: copySync,
      storeOnlyMs: summarize(storeOnlyMs),
      uploadMs: uploaded,
      uploadOverCp: Math.round((uploaded.median / copy.median) * 100) / 100,
      uploadOverCpAndSync: Math.round((uploaded.median / copySync.median) * 100) / 100,
      uploadOverStoreOnly: Math.round((uploaded.median / summarize(storeOnlyMs).median) * 100) / 100,
      uploadMiBPerS: mib(SIZE / 1024 / 1024 / (uploaded.median / 1000)),
      serverRssMiB: {
        baseline: mib(baselineMiB),
        peakPerUpload: peaks.map(mib),
        peak: mib(Math.max(...all)),
        peakOverBaseline: mib(Math.max(...all) - baselineMiB),
        afterUploads: mib(summarize(after).median),
        samples: all.length,
      },
      target: "upload median within 2× of cp; server memory flat (peak over baseline far below the file's 100 MiB)",
    });
  } finally {
    // The bench's records and their bytes go again, so repeated runs do not fill the disk.
    const stored = await db.query<{ sha256: string }>(`DELETE FROM evidence_files WHERE title LIKE 'Bench upload %' RETURNING sha256`).catch(() => ({ rows: [] }));
    for (const { sha256 } of stored.rows) rmSync(path.join(app.dataDir, "evidence", "sha256", sha256.slice(0, 2), sha256.slice(2, 4), sha256), { force: true });
    rmSync(work, { recursive: true, force: true });
    await db.end();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
