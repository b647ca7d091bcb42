// A blob store for the evidence tests until the storage branch (lib/evidence/storage) is merged:
// the agreed seam over a scratch directory, plainly written (temporary file, then rename), plus
// what tests need to look behind it: how many blobs and temporaries there are, and a way to
// change a stored byte.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { BlobTooLargeError, type BlobStore, type StagedBlob } from "@/lib/evidence/evidence-store";

export interface TestBlobStore extends BlobStore {
  root: string;
  /** Files in the temporary area (staged and not yet committed or discarded). */
  temporaries(): Promise<string[]>;
  blobs(): Promise<string[]>;
  /** Flips one byte of a stored blob, as someone tampering with the disk would. */
  tamper(sha256: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function testBlobStore(): Promise<TestBlobStore> {
  const root = await mkdtemp(path.join(tmpdir(), "casefile-evidence-"));
  const blobDir = path.join(root, "blobs");
  const tmpDir = path.join(root, "tmp");
  await mkdir(blobDir);
  await mkdir(tmpDir);
  const blobPath = (sha256: string) => path.join(blobDir, sha256);
  const exists = async (file: string) => stat(file).then(() => true, () => false);

  return {
    root,
    async stage(source: Readable, options: { maxBytes: number; signal?: AbortSignal }): Promise<StagedBlob> {
      const temporary = path.join(tmpDir, randomBytes(8).toString("hex"));
      const hash = createHash("sha256");
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          size += chunk.length;
          if (size > options.maxBytes) return callback(new BlobTooLargeError("Too large."));
          hash.update(chunk);
          callback(null, chunk);
        },
      });
      try {
        await pipeline(source, counter, createWriteStream(temporary), { signal: options.signal });
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      const sha256 = hash.digest("hex");
      let committed = false;
      return {
        sha256,
        size,
        async commit() {
          if (committed) return;
          if (await exists(blobPath(sha256))) await rm(temporary, { force: true });
          else await rename(temporary, blobPath(sha256));
          committed = true;
        },
        async discard() {
          if (!committed) await rm(temporary, { force: true });
        },
      };
    },
    exists: (sha256) => exists(blobPath(sha256)),
    async open(sha256) {
      return (await exists(blobPath(sha256))) ? createReadStream(blobPath(sha256)) : null;
    },
    remove: (sha256) => rm(blobPath(sha256), { force: true }),
    async *list() {
      for (const name of await readdir(blobDir)) yield name;
    },
    temporaries: () => readdir(tmpDir),
    blobs: () => readdir(blobDir),
    async tamper(sha256) {
      const bytes = await readFile(blobPath(sha256));
      bytes[0] = bytes[0]! ^ 0xff;
      await writeFile(blobPath(sha256), bytes);
    },
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
