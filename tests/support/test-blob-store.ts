// The real local evidence store over a scratch directory, plus what tests need to look behind
// it: how many blobs and temporaries there are, and a way to change a stored byte.
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { LocalBlobStore } from "@/lib/evidence/storage/local-store";

export interface TestBlobStore extends LocalBlobStore {
  /** Files in the staging area (staged and not yet committed or discarded). */
  temporaries(): Promise<string[]>;
  /** Digests stored. */
  blobs(): Promise<string[]>;
  /** Flips one byte of a stored blob, as someone tampering with the disk would. */
  tamper(sha256: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function testBlobStore(): Promise<TestBlobStore> {
  const root = await mkdtemp(path.join(tmpdir(), "casefile-evidence-"));
  const store = new LocalBlobStore(root) as TestBlobStore;
  store.temporaries = () => readdir(path.join(root, "tmp")).catch(() => []);
  store.blobs = async () => {
    const digests: string[] = [];
    for await (const digest of store.list()) digests.push(digest);
    return digests;
  };
  store.tamper = async (sha256) => {
    const file = store.filePath(sha256);
    const bytes = await readFile(file);
    bytes[0] = bytes[0]! ^ 0xff;
    await chmod(file, 0o600);
    await writeFile(file, bytes);
  };
  store.dispose = () => rm(root, { recursive: true, force: true });
  return store;
}
