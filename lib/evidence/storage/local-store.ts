// Evidence files in a directory (by default `.data/evidence`): content-addressed files under
// `sha256/ab/cd/<digest>`, staged in `tmp/` on the same filesystem so that committing is one
// atomic rename. A file is fsynced before the rename and its directory after it, so a power
// cut leaves either the whole file under its digest or nothing there.
import { randomUUID } from "node:crypto";
import { createWriteStream, open as openCallback } from "node:fs";
import { chmod, lstat, mkdir, open, readdir, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import { contentPath, DEFAULT_STALE_STAGING_MS, isDigest, type StagedBlob, type StageOptions, type SweepableBlobStore } from "./blob-types";
import { DigestMeter } from "./digest-meter";
import { settleOnce } from "./settle-once";

const STAGING_SUFFIX = ".part";

// A plain descriptor, not a FileHandle: a FileHandle's own close() waits for every stream made
// from it, and a write stream given a numeric fd closes it (after flush's fsync) by itself.
const openFd = promisify(openCallback);

export class LocalBlobStore implements SweepableBlobStore {
  private readonly stagingDir: string;

  constructor(readonly root: string) {
    this.stagingDir = path.join(root, "tmp");
  }

  /** Where a digest's bytes are on disk (for tools and tests; the app reads through `open`). */
  filePath(sha256: string): string {
    return path.join(this.root, contentPath(sha256));
  }

  async stage(source: Readable, { maxBytes, signal }: StageOptions): Promise<StagedBlob> {
    const meter = new DigestMeter(maxBytes);
    await mkdir(this.stagingDir, { recursive: true });
    const tempPath = path.join(this.stagingDir, `${randomUUID()}${STAGING_SUFFIX}`);
    // Created here, before any byte is read, so the clean-up below always has a file to remove.
    const fd = await openFd(tempPath, "wx", 0o600);
    const file = createWriteStream(tempPath, { fd, flush: true });
    try {
      // `flush`: fsync before the descriptor closes; the pipeline settles only after the close.
      await pipeline(source, meter, file, { signal });
    } catch (error) {
      file.destroy();
      await removeIfPresent(tempPath);
      throw error;
    }
    const sha256 = meter.digest();
    return settleOnce({
      sha256,
      size: meter.passedBytes,
      commit: () => this.place({ tempPath, sha256, size: meter.passedBytes }),
      discard: () => removeIfPresent(tempPath),
    });
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.filePath(sha256))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async open(sha256: string): Promise<Readable | null> {
    // Opened before a stream is made, so "missing" is an answer here, not an error event later.
    try {
      const handle = await open(this.filePath(sha256), "r");
      return handle.createReadStream();
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async remove(sha256: string): Promise<void> {
    await removeIfPresent(this.filePath(sha256));
  }

  async *list(): AsyncIterable<string> {
    const top = path.join(this.root, "sha256");
    for (const first of await namesIn(top)) {
      if (!/^[0-9a-f]{2}$/.test(first)) continue;
      for (const second of await namesIn(path.join(top, first))) {
        if (!/^[0-9a-f]{2}$/.test(second)) continue;
        for (const name of await namesIn(path.join(top, first, second))) {
          if (isDigest(name) && name.startsWith(first + second)) yield name;
        }
      }
    }
  }

  async sweepStaging({ olderThanMs = DEFAULT_STALE_STAGING_MS, now = new Date() }: { olderThanMs?: number; now?: Date } = {}): Promise<number> {
    let removed = 0;
    for (const name of await namesIn(this.stagingDir)) {
      if (!name.endsWith(STAGING_SUFFIX)) continue;
      const file = path.join(this.stagingDir, name);
      try {
        if ((await lstat(file)).mtimeMs > now.getTime() - olderThanMs) continue;
        await unlink(file);
        removed += 1;
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    }
    return removed;
  }

  /**
   * Moves a staged file to its digest's path. Bytes already there are kept (dedup) unless their
   * size differs, which means they were damaged: then the fresh copy replaces them.
   */
  private async place({ tempPath, sha256, size }: { tempPath: string; sha256: string; size: number }): Promise<void> {
    const target = this.filePath(sha256);
    const dir = path.dirname(target);
    const created = await mkdir(dir, { recursive: true });
    const existing = await stat(target).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });
    if (existing?.isFile() && existing.size === size) {
      await removeIfPresent(tempPath);
      return;
    }
    // Stored evidence is never rewritten in place; read-only makes an accidental write fail.
    await chmod(tempPath, 0o440);
    await rename(tempPath, target);
    await syncDirectory(dir);
    // New directories are entries in their parents, which need their own fsync to survive a crash.
    if (created) {
      const topmost = path.dirname(created);
      for (let parent = path.dirname(dir); ; parent = path.dirname(parent)) {
        await syncDirectory(parent);
        if (parent === topmost || parent === this.root || parent === path.dirname(parent)) break;
      }
    }
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } catch (error) {
    // Some filesystems (and Windows) cannot fsync a directory; the rename itself has happened.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EINVAL" && code !== "EPERM" && code !== "EISDIR") throw error;
  } finally {
    await handle.close();
  }
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

async function removeIfPresent(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
