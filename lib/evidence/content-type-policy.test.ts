import { describe, expect, it } from "vitest";
import { decideType, looksLikeText } from "./content-type-policy";
import { detectType } from "./detect-type";

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));
const PDF = bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52], [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const ELF = bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);
const CSV = bytes("day,records\n2018-06-01,1200\n");
const KOREAN = bytes("검사 결과 보고서\n제3쪽");
const SVG = bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

async function decide(name: string, head: Uint8Array, declaredType: string | null = null) {
  const dot = name.lastIndexOf(".");
  return decideType({ extension: dot > 0 ? name.slice(dot + 1).toLowerCase() : null, declaredType, detected: await detectType(head), head });
}

describe("the content-type policy", () => {
  it("accepts files whose content is what their name says, and names the detected type", async () => {
    expect(await decide("report.pdf", PDF)).toEqual({ ok: true, mediaType: "application/pdf" });
    expect(await decide("screen.PNG", PNG, "image/png")).toEqual({ ok: true, mediaType: "image/png" });
    expect(await decide("records.csv", CSV, "application/vnd.ms-excel")).toEqual({ ok: true, mediaType: "text/csv" });
    expect(await decide("메모.txt", KOREAN)).toEqual({ ok: true, mediaType: "text/plain" });
    expect(await decide("drawing.svg", SVG)).toEqual({ ok: true, mediaType: "image/svg+xml" });
  });

  it("refuses a file whose content is not what its extension claims", async () => {
    expect(await decide("report.pdf", CSV)).toEqual({ ok: false, reason: "type_mismatch", claimed: "pdf", found: "text" });
    expect(await decide("photo.jpg", PNG)).toMatchObject({ ok: false, claimed: "jpg", found: "png" });
    expect(await decide("notes.txt", PDF)).toMatchObject({ ok: false, claimed: "txt", found: "pdf" });
    expect(await decide("data.csv", ELF)).toMatchObject({ ok: false, claimed: "csv" });
    expect(await decide("page.html", PNG)).toMatchObject({ ok: false, claimed: "html", found: "png" });
  });

  it("refuses content that contradicts a specific declared type", async () => {
    expect(await decide("scan", CSV, "application/pdf")).toMatchObject({ ok: false, claimed: "application/pdf", found: "text" });
    expect(await decide("scan.bin", PNG, "image/jpeg; charset=binary")).toMatchObject({ ok: false, claimed: "image/jpeg", found: "png" });
  });

  it("takes the detected type for a name without a known extension, else text or bytes", async () => {
    expect(await decide("scan", PDF)).toEqual({ ok: true, mediaType: "application/pdf" });
    expect(await decide("README", CSV)).toEqual({ ok: true, mediaType: "text/plain" });
    expect(await decide("dump.dat", bytes([0, 1, 2, 3, 0xff]))).toEqual({ ok: true, mediaType: "application/octet-stream" });
  });
});

describe("looksLikeText", () => {
  it("reads UTF-8 (Korean too), even cut mid-character at the end of the sample", () => {
    expect(looksLikeText(KOREAN)).toBe(true);
    expect(looksLikeText(KOREAN.subarray(0, 4))).toBe(true);
  });
  it("refuses NUL bytes and invalid UTF-8", () => {
    expect(looksLikeText(bytes("a", [0], "b"))).toBe(false);
    expect(looksLikeText(bytes([0xc3, 0x28, 0x41]))).toBe(false);
  });
  it("accepts a UTF-16 byte-order mark", () => {
    expect(looksLikeText(bytes([0xff, 0xfe, 0x41, 0]))).toBe(true);
  });
});
