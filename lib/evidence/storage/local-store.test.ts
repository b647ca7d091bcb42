import { createHash } from "node:crypto";
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { blobStoreContract } from "@/tests/support/blob-store-contract";
import { LocalBlobStore } from "./local-store";

const roots: string[] = [];

async function freshStore(): Promise<LocalBlobStore> {
  const root = await mkdtemp(path.join(os.tmpdir(), "casefile-evidence-"));
  roots.push(root);
  return new LocalBlobStore(path.join(root, "evidence"));
}

afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/** Every file under `dir`, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

blobStoreContract(async () => {
  const store = await freshStore();
  return {
    store,
    everything: () => filesUnder(store.root),
    async damage(sha256, bytes) {
      await chmod(store.filePath(sha256), 0o640);
      await writeFile(store.filePath(sha256), bytes);
    },
  };
});

describe("LocalBlobStore on disk", () => {
  const bytes = Buffer.from("inspection report, page 12");
  const digest = createHash("sha256").update(bytes).digest("hex");

  it("keeps a file at sha256/ab/cd/<digest>, read-only, and stages beside it in tmp/", async () => {
    const store = await freshStore();
    const staged = await store.stage(Readable.from([bytes]), { maxBytes: 1000 });
    expect(await filesUnder(store.root)).toEqual([expect.stringMatching(/^tmp\/[0-9a-f-]{36}\.part$/)]);
    await staged.commit();
    expect(await filesUnder(store.root)).toEqual([`sha256/${digest.slice(0, 2)}/${digest.slice(2, 4)}/${digest}`]);
    expect((await stat(store.filePath(digest))).mode & 0o222).toBe(0);
  });

  it("commits the same bytes from two uploads at once into one file", async () => {
    const store = await freshStore();
    const [a, b] = await Promise.all([store.stage(Readable.from([bytes]), { maxBytes: 1000 }), store.stage(Readable.from([bytes]), { maxBytes: 1000 })]);
    await Promise.all([a.commit(), b.commit()]);
    expect(await filesUnder(store.root)).toEqual([store.filePath(digest).slice(store.root.length + 1)]);
  });

  it("lists only well-formed digests in their own directories", async () => {
    const store = await freshStore();
    await (await store.stage(Readable.from([bytes]), { maxBytes: 1000 })).commit();
    const stray = path.join(store.root, "sha256", "00", "11");
    await mkdir(stray, { recursive: true });
    await writeFile(path.join(stray, "notes.txt"), "x");
    await writeFile(path.join(stray, "f".repeat(64)), "in the wrong directory");
    const listed = [];
    for await (const d of store.list()) listed.push(d);
    expect(listed).toEqual([digest]);
  });

  it("lists nothing, and sweeps nothing, before anything was ever stored", async () => {
    const store = await freshStore();
    const listed = [];
    for await (const d of store.list()) listed.push(d);
    expect(listed).toEqual([]);
    expect(await store.sweepStaging()).toBe(0);
  });

  it("leaves a file that is not its own in the staging directory alone", async () => {
    const store = await freshStore();
    await mkdir(path.join(store.root, "tmp"), { recursive: true });
    await writeFile(path.join(store.root, "tmp", "README"), "not a staged upload");
    expect(await store.sweepStaging({ now: new Date(Date.now() + 24 * 3600_000) })).toBe(0);
  });
});
