import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { cleanExtractedText, extractorFor, initialExtraction } from "./extraction-policy";
import { readPages, readUpTo } from "./read-pages";

describe("which files have text", () => {
  it("reads PDFs and UTF-8 text types, nothing else", () => {
    expect(extractorFor("application/pdf")).toBe("pdf");
    expect(["text/plain", "text/markdown", "text/csv", "text/tab-separated-values"].map(extractorFor)).toEqual(["text", "text", "text", "text"]);
    expect(["image/png", "text/html", "application/zip", "application/json"].map(extractorFor)).toEqual([null, null, null, null]);
    expect([initialExtraction("application/pdf"), initialExtraction("image/png")]).toEqual(["pending", "none"]);
  });

  it("drops NUL (PostgreSQL refuses it) and a leading BOM", () => {
    expect(cleanExtractedText("\uFEFFa\u0000b")).toBe("ab");
  });
});

describe("readUpTo", () => {
  it("stops at the cap without reading the rest", async () => {
    const chunks = [Buffer.from("abc"), Buffer.from("def"), Buffer.from("ghi")];
    const read = await readUpTo(Readable.from(chunks), 5);
    expect(read).toEqual({ bytes: Buffer.from("abcde"), truncated: true });
    expect(await readUpTo(Readable.from([Buffer.from("abc")]), 5)).toEqual({ bytes: Buffer.from("abc"), truncated: false });
  });

  it("drops a Korean character cut in half at the cap", async () => {
    const bytes = Buffer.from("동의", "utf8");
    const read = await readUpTo(Readable.from([bytes]), 4);
    expect(await readPages("text", read)).toEqual(["동"]);
  });
});
