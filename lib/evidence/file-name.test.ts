import { describe, expect, it } from "vitest";
import { cleanFileName, fileExtension, MAX_FILE_NAME_LENGTH } from "./file-name";

describe("cleanFileName", () => {
  it("keeps an ordinary name, Korean included", () => {
    expect(cleanFileName("inspection report 2024.pdf")).toBe("inspection report 2024.pdf");
    expect(cleanFileName("검사 결과 보고서.pdf")).toBe("검사 결과 보고서.pdf");
  });

  it("drops directories, with either separator", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("C:\\Users\\kim\\reply.docx")).toBe("reply.docx");
    expect(cleanFileName("/tmp/evil/")).toBeNull();
  });

  it("removes control and invisible direction characters", () => {
    expect(cleanFileName("a\u0000b\r\nc.txt")).toBe("ab c.txt");
    expect(cleanFileName("invoice\u202efdp.exe")).toBe("invoicefdp.exe");
    expect(cleanFileName("\ufeffnote\u200b.txt")).toBe("note.txt");
    expect(cleanFileName("tab\there.csv")).toBe("tab here.csv");
  });

  it("refuses a name with nothing usable left: empty, dots, controls only", () => {
    for (const raw of ["", "   ", ".", "..", "\u0000\u0007", "../", ".\u202e."]) expect(cleanFileName(raw), JSON.stringify(raw)).toBeNull();
  });

  it("trims leading dots so no name is hidden", () => {
    expect(cleanFileName(".htaccess")).toBe("htaccess");
    expect(cleanFileName("  ..report.pdf ")).toBe("report.pdf");
  });

  it("cuts a long name to the limit and keeps its extension, without splitting a character", () => {
    const long = `${"가".repeat(500)}.pdf`;
    const cleaned = cleanFileName(long)!;
    expect([...cleaned]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(cleaned.endsWith(".pdf")).toBe(true);
    const emoji = cleanFileName("😀".repeat(300))!;
    expect([...emoji]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(emoji).toBe("😀".repeat(MAX_FILE_NAME_LENGTH));
  });
});

describe("fileExtension", () => {
  it("reads the last extension in lower case", () => {
    expect(fileExtension("Report.PDF")).toBe("pdf");
    expect(fileExtension("archive.tar.gz")).toBe("gz");
    expect(fileExtension("README")).toBeNull();
    expect(fileExtension("name.")).toBeNull();
  });
});
