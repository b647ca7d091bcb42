import type { PDFDocumentProxy } from "pdfjs-dist";

// pdf.js in the browser only: the library is imported when a PDF is first shown (never during
// server rendering), and its worker is one module worker for the whole page, built by the bundler
// from `new Worker(new URL(…, import.meta.url))` — a file of Casefile's own origin, which is all
// the page's policy allows (`worker-src 'self'`, lib/security/csp.ts); nothing leaves the site.
let worker: Worker | undefined;

/** Fetches the file (credentials included: this is the custody "viewed" event) and parses it. */
export async function loadPdf(url: string): Promise<PDFDocumentProxy> {
  const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
  if (!response.ok) throw new Error(`The file answered ${response.status}.`);
  const data = new Uint8Array(await response.arrayBuffer());
  const pdfjs = await import("pdfjs-dist");
  worker ??= new Worker(new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url), { type: "module" });
  pdfjs.GlobalWorkerOptions.workerPort = worker;
  // isEvalSupported: false — no font program is ever compiled to a Function (CVE-2024-4367's
  // path); enableXfa: false — an XFA form is never turned into HTML.
  // Fonts a file names without embedding them (Korean documents often rely on CJK CMaps) come
  // from Casefile itself (app/api/pdfjs), never from another site.
  const assets = `${window.location.origin}/api/pdfjs`;
  return pdfjs.getDocument({ data, isEvalSupported: false, enableXfa: false, cMapUrl: `${assets}/cmaps/`, cMapPacked: true, standardFontDataUrl: `${assets}/standard_fonts/` }).promise;
}
