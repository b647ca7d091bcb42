import { describe, expect, it } from "vitest";
import { previewKind } from "./preview-kind";
import { servingHeaders } from "./serving-headers";

const inline = (mediaType: string) => servingHeaders({ mediaType, fileName: "f", size: 1, wantInline: true })["Content-Disposition"]!.startsWith("inline");

describe("the file page's preview", () => {
  it("shows images inline, PDFs framed, text as text, and nothing else", () => {
    expect(previewKind("image/png")).toBe("image");
    expect(previewKind("application/pdf")).toBe("pdf");
    expect(previewKind("text/csv")).toBe("text");
    expect(previewKind("image/svg+xml")).toBe("none");
    expect(previewKind("text/html")).toBe("none");
    expect(previewKind("application/octet-stream")).toBe("none");
  });

  it("previews only what the GET route serves inline", () => {
    for (const type of ["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain", "text/csv", "text/markdown", "application/json", "image/svg+xml", "text/html", "application/zip"]) {
      expect(previewKind(type) !== "none", type).toBe(inline(type));
    }
  });
});
