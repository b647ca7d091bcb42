// Which evidence files have text to extract, and the caps that keep extraction's memory bounded.
// Pure: the upload, the extractor and the tests share it.
import type { EvidenceExtraction } from "@/lib/generated/prisma/enums";

/** Text kept per file (UTF-8 bytes read from a text file; characters across a PDF's pages): the rest is not searchable. */
export const EXTRACT_TEXT_MAX_BYTES = 5 * 1024 * 1024;
/** pdfjs needs the whole file in memory; a larger PDF is kept and downloadable but `skipped` for search. */
export const EXTRACT_PDF_MAX_BYTES = 50 * 1024 * 1024;
/** A file still `pending` this long after upload lost its background run (a restart): the app retries it. */
export const STALE_PENDING_MINUTES = 10;

const TEXT_TYPES = new Set(["text/plain", "text/markdown", "text/csv", "text/tab-separated-values"]);

export type Extractor = "pdf" | "text";

/** How a media type's text is read, or null when it has none we extract (images, office files, HTML). */
export function extractorFor(mediaType: string): Extractor | null {
  if (mediaType === "application/pdf") return "pdf";
  return TEXT_TYPES.has(mediaType) ? "text" : null;
}

/** The state a new upload starts in. */
export function initialExtraction(mediaType: string): EvidenceExtraction {
  return extractorFor(mediaType) ? "pending" : "none";
}

/** PostgreSQL text refuses NUL; a BOM is not part of the words. */
export function cleanExtractedText(text: string): string {
  return text.replace(/^\uFEFF/, "").replaceAll("\u0000", "");
}

/** Stored failure reasons stay short: the stack, if any, goes to the log. */
export function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 500) || "Unknown error";
}
