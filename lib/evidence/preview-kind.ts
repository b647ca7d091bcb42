// How the file page previews a stored type: the same passive types the GET route serves inline
// (serving-headers.ts), split by how the page shows them. Anything else gets a Download button only.
export type PreviewKind = "image" | "pdf" | "text" | "none";

const IMAGES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);
const TEXTS = new Set(["text/plain", "text/csv", "text/tab-separated-values", "text/markdown", "application/json"]);

export function previewKind(mediaType: string): PreviewKind {
  if (IMAGES.has(mediaType)) return "image";
  if (mediaType === "application/pdf") return "pdf";
  if (TEXTS.has(mediaType)) return "text";
  return "none";
}

/** How much of a text file the page shows; the rest is a download away. */
export const TEXT_PREVIEW_BYTES = 200 * 1024;
