// Reading an evidence file's text, page by page, from its stored bytes. Memory stays bounded: a
// text file is read up to EXTRACT_TEXT_MAX_BYTES and no further; a PDF (pdfjs needs it whole) only
// when it is at most EXTRACT_PDF_MAX_BYTES.
import path from "node:path";
import type { Readable } from "node:stream";
import { extractText, getDocumentProxy } from "unpdf";
import { pdfjsAssetsDir } from "../pdfjs-assets";
import { cleanExtractedText, EXTRACT_TEXT_MAX_BYTES, type Extractor } from "./extraction-policy";

/** Up to `limit` bytes of the stream; the rest is not read (the stream is closed). */
export async function readUpTo(stream: Readable, limit: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      if (size + buffer.length > limit) {
        chunks.push(buffer.subarray(0, limit - size));
        return { bytes: Buffer.concat(chunks), truncated: true };
      }
      chunks.push(buffer);
      size += buffer.length;
    }
    return { bytes: Buffer.concat(chunks), truncated: false };
  } finally {
    stream.destroy();
  }
}

/** A text file is one page. A cut in the middle of a UTF-8 sequence decodes to U+FFFD, dropped. */
function textPages(bytes: Buffer, truncated: boolean): string[] {
  const text = new TextDecoder("utf-8").decode(bytes);
  return [cleanExtractedText(truncated ? text.replace(/\uFFFD+$/, "") : text)];
}

// The character maps and standard fonts of the installed pdf.js, as directories (in Node, pdf.js
// reads them with fs; a file:// URL it cannot fetch). Without the CMaps, a Korean document in a
// font it names but does not embed (UniKS-UCS2-H …) reads as nothing.
function pdfjsData() {
  const dir = pdfjsAssetsDir();
  return { cMapUrl: `${path.join(dir, "cmaps")}/`, cMapPacked: true, standardFontDataUrl: `${path.join(dir, "standard_fonts")}/` };
}

async function pdfPages(bytes: Buffer): Promise<string[]> {
  // verbosity 0: pdfjs's warnings about odd but readable files stay out of the server log.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, ...pdfjsData() });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    let budget = EXTRACT_TEXT_MAX_BYTES;
    return text.map((page) => {
      const kept = cleanExtractedText(page).slice(0, Math.max(budget, 0));
      budget -= kept.length;
      return kept;
    });
  } finally {
    await pdf.destroy();
  }
}

/** The text of each page, in order (index 0 is page 1). Throws on a file pdfjs cannot read. */
export async function readPages(extractor: Extractor, read: { bytes: Buffer; truncated: boolean }): Promise<string[]> {
  return extractor === "pdf" ? pdfPages(read.bytes) : textPages(read.bytes, read.truncated);
}
