import { describe, expect, it } from "vitest";
import { formatFileSize } from "./file-size";

describe("formatFileSize", () => {
  it("keeps bytes below 1 KB and steps by 1024 with one decimal", () => {
    expect(formatFileSize(0, "en")).toBe("0 bytes");
    expect(formatFileSize(1023, "en")).toBe("1,023 bytes");
    expect(formatFileSize(1536, "en")).toBe("1.5 kB");
    expect(formatFileSize(60 * 1024 * 1024, "en")).toBe("60 MB");
    expect(formatFileSize(5n * 1024n ** 3n, "en")).toBe("5 GB");
  });
  it("uses the page's language", () => {
    expect(formatFileSize(1536, "ko")).toBe("1.5kB");
  });
});
