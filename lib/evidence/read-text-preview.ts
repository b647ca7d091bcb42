// The first part of a text file, read from the store for the file page to show as plain text
// (React escapes it; it is never rendered as HTML). Null when the bytes are missing.
import "server-only";
import type { BlobStore } from "./evidence-store";
import { TEXT_PREVIEW_BYTES } from "./preview-kind";

export async function readTextPreview(store: BlobStore, file: { sha256: string; size: bigint }): Promise<{ text: string; truncated: boolean } | null> {
  const bytes = await store.open(file.sha256);
  if (!bytes) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of bytes) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= TEXT_PREVIEW_BYTES) break;
    }
  } finally {
    bytes.destroy();
  }
  const head = Buffer.concat(chunks).subarray(0, TEXT_PREVIEW_BYTES);
  // A cut through a multi-byte character decodes as U+FFFD at the very end: drop it.
  const text = new TextDecoder("utf-8").decode(head);
  const truncated = file.size > BigInt(TEXT_PREVIEW_BYTES);
  return { text: truncated ? text.replace(/\uFFFD+$/, "") : text, truncated };
}
