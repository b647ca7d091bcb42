import type { StagedBlob } from "./blob-types";

interface StagedParts {
  sha256: string;
  size: number;
  /** Moves the staged bytes to their digest (both stores make this safe to repeat after a failure). */
  commit: () => Promise<void>;
  /** Deletes the staged bytes (a no-op when they are gone). */
  discard: () => Promise<void>;
}

/**
 * The StagedBlob contract, the same for every store: commit is idempotent (a second call waits
 * for, or returns, the first); discard after a commit does nothing; a failed commit may be
 * retried or discarded; commit after discard is a programming error.
 */
export function settleOnce(parts: StagedParts): StagedBlob {
  let state: "staged" | "committed" | "discarded" = "staged";
  let committing: Promise<void> | undefined;
  return {
    sha256: parts.sha256,
    size: parts.size,
    commit() {
      if (state === "discarded") return Promise.reject(new Error("This staged file was discarded; stage it again."));
      committing ??= parts.commit().then(
        () => {
          state = "committed";
        },
        (error: unknown) => {
          committing = undefined;
          throw error;
        },
      );
      return committing;
    },
    async discard() {
      if (committing) await committing.catch(() => undefined);
      if (state !== "staged") return;
      state = "discarded";
      await parts.discard();
    },
  };
}
