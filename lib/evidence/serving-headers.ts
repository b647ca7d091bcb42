// How a stored file goes out: the headers that keep an uploaded file from ever acting in
// Casefile's origin. Every answer is `nosniff` and `Content-Security-Policy: sandbox` (an HTML or
// SVG file opened anyway runs no script and reaches no cookie), and carries a Content-Disposition;
// only types a browser shows passively open inline (PDF, raster images, text shown as plain
// text), everything else downloads. Pure.

/** Stored type → the type it is served inline as. Text of any kind is shown as plain text, never rendered. */
const INLINE: Readonly<Record<string, string>> = {
  "application/pdf": "application/pdf",
  "image/png": "image/png",
  "image/jpeg": "image/jpeg",
  "image/gif": "image/gif",
  "image/webp": "image/webp",
  "text/plain": "text/plain; charset=utf-8",
  "text/csv": "text/plain; charset=utf-8",
  "text/tab-separated-values": "text/plain; charset=utf-8",
  "text/markdown": "text/plain; charset=utf-8",
  "application/json": "text/plain; charset=utf-8",
};

/**
 * The policy every stored file is served with: no script, no plugin, an opaque origin (sandbox),
 * nothing fetched but its own images, framed by no page (the file page draws a PDF with pdf.js
 * from the fetched bytes, pdf-preview.tsx, so nothing frames a file). next.config.ts sends it too,
 * for this route, because a header set there overrides the same header set by a route handler.
 */
export const EVIDENCE_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/** An RFC 6266 Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 5987). */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function servingHeaders(options: { mediaType: string; fileName: string; size: number; wantInline: boolean }): Record<string, string> {
  const inlineType = options.wantInline ? INLINE[options.mediaType] : undefined;
  return {
    "Content-Type": inlineType ?? "application/octet-stream",
    "Content-Length": String(options.size),
    "Content-Disposition": contentDisposition(inlineType ? "inline" : "attachment", options.fileName),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": EVIDENCE_CSP,
    "Cache-Control": "private, no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
}
