// The local evidence store when the disk fills during an upload, and when the app is killed during
// one (SIGKILL: no clean-up runs). Neither may leave bytes under a digest; the first leaves nothing
// at all, the second a staged file that the sweep removes, and the store works afterwards.
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalBlobStore } from "@/lib/evidence/storage/local-store";
import { startChild } from "./support/child";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

const MiB = 1024 * 1024;
const blocks = (count: number, size = 256 * 1024) => Readable.from(Array.from({ length: count }, (_, i) => Buffer.alloc(size, i)));

// tmpfs needs root (CI runs as root); elsewhere the disk-full test is skipped and says why.
const canMount = process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v mount"]).status === 0;

describe.skipIf(!canMount)("evidence store on a full disk", () => {
  let tiny: string;

  beforeAll(() => {
    tiny = path.join(os.tmpdir(), `faults-evidence-tiny-${process.pid}`);
    mkdirSync(tiny, { recursive: true });
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", tiny], { encoding: "utf8" });
    if (mounted.status !== 0) throw new Error(`Could not mount a tmpfs for the disk-full test: ${mounted.stderr}`);
  });

  afterAll(() => {
    if (!tiny) return;
    spawnSync("umount", [tiny]);
    rmSync(tiny, { recursive: true, force: true });
  });

  it("refuses an upload the disk cannot hold with ENOSPC, leaves nothing, and stores the next one once there is room", async () => {
    const store = new LocalBlobStore(path.join(tiny, "evidence"));
    await expect(store.stage(blocks(24), { maxBytes: 100 * MiB })).rejects.toMatchObject({ code: "ENOSPC" });
    expect(await filesUnder(store.root)).toEqual([]);

    // Another writer holds most of the disk: a small upload still fits, a larger one does not.
    const filler = path.join(tiny, "filler");
    const fd = openSync(filler, "w");
    try {
      writeSync(fd, Buffer.alloc(3 * MiB));
    } finally {
      closeSync(fd);
    }
    await expect(store.stage(blocks(8), { maxBytes: 100 * MiB })).rejects.toMatchObject({ code: "ENOSPC" });
    expect(await filesUnder(store.root)).toEqual([]);
    const small = await store.stage(blocks(1, 64 * 1024), { maxBytes: 100 * MiB });
    await small.commit();
    expect(await store.exists(small.sha256)).toBe(true);
    rmSync(filler);
  });
});

describe("evidence store when the app is killed mid-upload", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "faults-evidence-kill-"));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("leaves only a staged file, which the sweep removes once it is stale, and the store works on", async () => {
    const root = path.join(dir, "evidence");
    const child = startChild("tests/faults/support/evidence-stage-child.ts", [root], {});
    await child.waitFor((line) => line === "staging");
    child.process.kill("SIGKILL");
    expect(await child.exited).toMatchObject({ signal: "SIGKILL" });

    const left = await filesUnder(root);
    expect(left).toEqual([expect.stringMatching(/^tmp\/[0-9a-f-]{36}\.part$/)]);
    expect((await stat(path.join(root, left[0]!))).size).toBeGreaterThan(0);

    const store = new LocalBlobStore(root);
    expect(await store.sweepStaging()).toBe(0);
    expect(await store.sweepStaging({ now: new Date(Date.now() + 2 * 3600_000) })).toBe(1);
    expect(await filesUnder(root)).toEqual([]);
    const next = await store.stage(blocks(2), { maxBytes: MiB });
    await next.commit();
    const listed = [];
    for await (const digest of store.list()) listed.push(digest);
    expect(listed).toEqual([next.sha256]);
  });
});
