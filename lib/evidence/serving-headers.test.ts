import { describe, expect, it } from "vitest";
import { contentDisposition, servingHeaders } from "./serving-headers";

describe("servingHeaders", () => {
  it("opens PDFs, images and text inline, text always as plain text", () => {
    expect(servingHeaders({ mediaType: "application/pdf", fileName: "a.pdf", size: 3, wantInline: true })).toMatchObject({ "Content-Type": "application/pdf", "Content-Disposition": expect.stringMatching(/^inline;/) });
    expect(servingHeaders({ mediaType: "text/csv", fileName: "a.csv", size: 3, wantInline: true })["Content-Type"]).toBe("text/plain; charset=utf-8");
  });

  it.each(["text/html", "image/svg+xml", "application/xml", "application/zip"])("downloads %s, never renders it", (mediaType) => {
    const headers = servingHeaders({ mediaType, fileName: "x", size: 1, wantInline: true });
    expect(headers["Content-Type"]).toBe("application/octet-stream");
    expect(headers["Content-Disposition"]).toMatch(/^attachment;/);
  });

  it("sandboxes and forbids sniffing on every answer, downloads included", () => {
    for (const wantInline of [true, false]) {
      const headers = servingHeaders({ mediaType: "application/pdf", fileName: "a.pdf", size: 1, wantInline });
      expect(headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(headers["Content-Security-Policy"]).toMatch(/^sandbox/);
    }
    expect(servingHeaders({ mediaType: "application/pdf", fileName: "a.pdf", size: 1, wantInline: false })["Content-Disposition"]).toMatch(/^attachment;/);
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("attachment", "검사 보고서.pdf")).toBe(`attachment; filename="__ ___.pdf"; filename*=UTF-8''%EA%B2%80%EC%82%AC%20%EB%B3%B4%EA%B3%A0%EC%84%9C.pdf`);
  });
  it("cannot be broken out of with quotes or backslashes", () => {
    expect(contentDisposition("inline", 'a"; filename=evil.html\\.pdf')).toBe(`inline; filename="a_; filename=evil.html_.pdf"; filename*=UTF-8''a%22%3B%20filename%3Devil.html%5C.pdf`);
  });
});
