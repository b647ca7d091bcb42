// The type of a file from its first bytes (file-type's signatures), and how many bytes it needs.
import { fileTypeFromBuffer } from "file-type";
import type { DetectedType } from "./content-type-policy";

/** file-type's own recommended sample length: enough for every signature it knows. */
export const TYPE_SAMPLE_BYTES = 4100;

export async function detectType(head: Uint8Array): Promise<DetectedType | undefined> {
  const result = await fileTypeFromBuffer(head);
  return result ? { ext: result.ext, mime: result.mime } : undefined;
}
