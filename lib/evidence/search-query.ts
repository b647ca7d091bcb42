// The Evidence section's search request, and where a hit links to. Pure: the route, the search
// box and the case list share it.
import { z } from "zod";
import { cleanString } from "@/lib/validation/fields";
import { evidenceFilePath } from "./paths";

/** Pages answered per search; the search box says when there may be more. */
export const EVIDENCE_SEARCH_LIMIT = 50;

export const evidenceSearchQuery = z.object({
  // Text goes into SQL parameters; PostgreSQL refuses NUL, so control characters are refused here.
  q: cleanString.trim().min(1, "Type a word to search for.").max(200, "Keep the search under 200 characters."),
});

/** The file's own page; a PDF opens at the page (the viewer reads `#page=N`). */
export function evidenceFileHref(options: { slug: string; fileId: string; page: number; mediaType: string }): string {
  const path = evidenceFilePath(options.slug, options.fileId);
  return options.mediaType === "application/pdf" ? `${path}#page=${options.page}` : path;
}
