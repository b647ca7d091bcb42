// One behaviour for every evidence store (lib/evidence/storage): each implementation's test file
// runs this suite against a fresh, empty store per test.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { BlobTooLargeError, type SweepableBlobStore } from "@/lib/evidence/storage/blob-types";
import { peakLiveMemory } from "./live-memory";

export interface BlobStoreHarness {
  store: SweepableBlobStore;
  /** Every file or object the store holds, staging area included, sorted. */
  everything(): Promise<string[]>;
  /** Replaces the stored bytes of a digest behind the store's back (a damaged copy). */
  damage(sha256: string, bytes: Buffer): Promise<void>;
}

const MiB = 1024 * 1024;

const sha256Of = (bytes: Buffer | string): string => createHash("sha256").update(bytes).digest("hex");

/** The bytes in chunks, as a request body arrives. */
function chunked(bytes: Buffer, size = 64 * 1024): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
}

/** Deterministic, not compressible, different per seed. */
function pseudoRandom(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** A source that never ends on its own, counting what was pulled from it. */
function endless(chunk: Buffer): { source: Readable; pulled: () => number } {
  let pulled = 0;
  const source = new Readable({
    read() {
      pulled += chunk.length;
      this.push(chunk);
    },
  });
  return { source, pulled: () => pulled };
}

/** Sends `prefix` bytes, then stalls (like a client gone quiet) and calls `whenStalled`. */
function stallingAfter(prefix: number, whenStalled: (source: Readable) => void): Readable {
  const chunk = pseudoRandom(64 * 1024, 7);
  let sent = 0;
  let stalled = false;
  return new Readable({
    read() {
      if (sent < prefix) {
        sent += chunk.length;
        this.push(chunk);
      } else if (!stalled) {
        stalled = true;
        setImmediate(() => whenStalled(this));
      }
    },
  });
}

export function blobStoreContract(makeStore: () => Promise<BlobStoreHarness>): void {
  const stageAll = async (store: SweepableBlobStore, bytes: Buffer, maxBytes = 10 * MiB) => store.stage(chunked(bytes), { maxBytes });

  describe("the blob store contract", () => {
    it("stores bytes under their SHA-256 and gives them back", async () => {
      const { store, everything } = await makeStore();
      const bytes = pseudoRandom(300 * 1024 + 17, 1);
      const staged = await stageAll(store, bytes);
      expect(staged).toMatchObject({ sha256: sha256Of(bytes), size: bytes.length });
      expect(await store.exists(staged.sha256)).toBe(false);
      await staged.commit();
      expect(await store.exists(staged.sha256)).toBe(true);
      const back = await store.open(staged.sha256);
      expect(back).not.toBeNull();
      expect((await buffer(back as Readable)).equals(bytes)).toBe(true);
      expect(await everything()).toHaveLength(1);
    });

    it.each([
      ["nothing", Buffer.alloc(0), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
      ["abc", Buffer.from("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
      ["Korean text", Buffer.from("카카오페이 개인신용정보 제3자 제공", "utf8"), sha256Of("카카오페이 개인신용정보 제3자 제공")],
    ])("computes the standard digest of %s", async (_label, bytes, digest) => {
      const { store } = await makeStore();
      const staged = await stageAll(store, bytes);
      expect(staged.sha256).toBe(digest);
      expect(staged.size).toBe(bytes.length);
      await staged.discard();
    });

    it("gives the same digest however the bytes are split into chunks", async () => {
      const { store } = await makeStore();
      const bytes = pseudoRandom(200_003, 2);
      const digests = [];
      for (const size of [1, 4096, 65_536, bytes.length]) {
        const staged = await store.stage(chunked(bytes, size), { maxBytes: MiB });
        digests.push(staged.sha256);
        await staged.discard();
      }
      expect(new Set(digests)).toEqual(new Set([sha256Of(bytes)]));
    });

    it("stores the same bytes once however often they are committed", async () => {
      const { store, everything } = await makeStore();
      const bytes = pseudoRandom(50_000, 3);
      const first = await stageAll(store, bytes);
      const second = await stageAll(store, bytes);
      await first.commit();
      await second.commit();
      await second.commit();
      await first.discard();
      expect(await everything()).toHaveLength(1);
      expect([...(await collect(store.list()))]).toEqual([sha256Of(bytes)]);
      expect((await buffer((await store.open(first.sha256)) as Readable)).equals(bytes)).toBe(true);
    });

    it("replaces a stored copy of the wrong size when the right bytes come again", async () => {
      const { store, damage } = await makeStore();
      const bytes = pseudoRandom(40_000, 4);
      await (await stageAll(store, bytes)).commit();
      await damage(sha256Of(bytes), bytes.subarray(0, 100));
      await (await stageAll(store, bytes)).commit();
      expect((await buffer((await store.open(sha256Of(bytes))) as Readable)).equals(bytes)).toBe(true);
    });

    it("leaves nothing when a staged file is discarded", async () => {
      const { store, everything } = await makeStore();
      const staged = await stageAll(store, pseudoRandom(10_000, 5));
      expect(await everything()).toHaveLength(1);
      await staged.discard();
      await staged.discard();
      expect(await everything()).toEqual([]);
      await expect(staged.commit()).rejects.toThrow(/discarded/);
    });

    it("accepts exactly the limit and refuses one byte more while it streams, leaving nothing", async () => {
      const { store, everything } = await makeStore();
      const atLimit = await store.stage(chunked(pseudoRandom(MiB, 6)), { maxBytes: MiB });
      expect(atLimit.size).toBe(MiB);
      await atLimit.discard();
      await expect(store.stage(chunked(pseudoRandom(MiB + 1, 6)), { maxBytes: MiB })).rejects.toBeInstanceOf(BlobTooLargeError);
      // A source with no end: the stage can only finish if the store stops reading at the limit.
      const { source, pulled } = endless(pseudoRandom(64 * 1024, 8));
      await expect(store.stage(source, { maxBytes: MiB })).rejects.toBeInstanceOf(BlobTooLargeError);
      expect(pulled()).toBeLessThan(MiB + 8 * MiB);
      expect(source.destroyed).toBe(true);
      expect(await everything()).toEqual([]);
    });

    it("leaves nothing when the upload is aborted halfway", async () => {
      const { store, everything } = await makeStore();
      const controller = new AbortController();
      // More than one S3 part (5 MiB) has gone through when the abort comes.
      const source = stallingAfter(6 * MiB, () => controller.abort());
      await expect(store.stage(source, { maxBytes: 100 * MiB, signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
      expect(await everything()).toEqual([]);
    });

    it("leaves nothing when the source breaks halfway (a client disconnecting)", async () => {
      const { store, everything } = await makeStore();
      const source = stallingAfter(MiB, (stalled) => stalled.destroy(new Error("socket hang up")));
      await expect(store.stage(source, { maxBytes: 100 * MiB })).rejects.toThrow("socket hang up");
      expect(await everything()).toEqual([]);
    });

    it("removes stored bytes, and answers missing digests with null and false", async () => {
      const { store, everything } = await makeStore();
      const staged = await stageAll(store, pseudoRandom(1000, 9));
      await staged.commit();
      await store.remove(staged.sha256);
      await store.remove(staged.sha256);
      expect(await store.exists(staged.sha256)).toBe(false);
      expect(await store.open(staged.sha256)).toBeNull();
      expect(await everything()).toEqual([]);
      expect(await store.open(sha256Of("never stored"))).toBeNull();
    });

    it("lists every stored digest, and nothing staged", async () => {
      const { store } = await makeStore();
      const digests = [];
      for (const seed of [10, 11, 12]) {
        const staged = await stageAll(store, pseudoRandom(2000, seed));
        await staged.commit();
        digests.push(staged.sha256);
      }
      await stageAll(store, pseudoRandom(2000, 13));
      expect([...(await collect(store.list()))].sort()).toEqual(digests.sort());
    });

    it("refuses anything but a digest, so a name can never reach a path or key", async () => {
      const { store } = await makeStore();
      for (const bad of ["../../etc/passwd", "ABC", "", `${"a".repeat(64)}/..`]) {
        await expect(store.open(bad)).rejects.toBeInstanceOf(TypeError);
        await expect(store.exists(bad)).rejects.toBeInstanceOf(TypeError);
        await expect(store.remove(bad)).rejects.toBeInstanceOf(TypeError);
      }
    });

    it("sweeps staged files a crash left behind once they are an hour old, not before", async () => {
      const { store, everything } = await makeStore();
      await stageAll(store, pseudoRandom(3000, 14));
      expect(await store.sweepStaging()).toBe(0);
      expect(await everything()).toHaveLength(1);
      expect(await store.sweepStaging({ now: new Date(Date.now() + 61 * 60 * 1000) })).toBe(1);
      expect(await everything()).toEqual([]);
    });

    it("stages and commits 100 MB without holding it in memory", { timeout: 300_000 }, async () => {
      const { store } = await makeStore();
      // One block repeated: the source allocates nothing, so what is measured is the store's.
      const block = pseudoRandom(MiB, 15);
      const blocks = 100;
      let sent = 0;
      const source = new Readable({
        read() {
          this.push(sent < blocks ? block : null);
          sent += 1;
        },
      });
      const expected = createHash("sha256");
      for (let i = 0; i < blocks; i++) expected.update(block);
      const { result: staged, peakBytes } = await peakLiveMemory(async () => {
        const s = await store.stage(source, { maxBytes: 200 * MiB });
        await s.commit();
        return s;
      });
      expect(staged).toMatchObject({ sha256: expected.digest("hex"), size: blocks * MiB });
      expect(peakBytes).toBeLessThan(50 * MiB);
    });
  });
}

async function collect(items: AsyncIterable<string>): Promise<string[]> {
  const all = [];
  for await (const item of items) all.push(item);
  return all;
}
