// The page a PDF preview opens at: `#page=N` in the address (the convention of PDF viewers, and
// what search results link to), as a page that exists in the document. Pure.

/** The wanted page, or null when the hash names none (or one the document does not have). */
export function pageFromHash(hash: string, pageCount: number): number | null {
  const match = /(?:^#|&)page=(\d{1,6})(?:&|$)/.exec(hash);
  if (!match) return null;
  const page = Number(match[1]);
  return page >= 1 && page <= pageCount ? page : null;
}
