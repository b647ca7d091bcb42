import { describe, expect, it } from "vitest";
import { readRefusal, uploadUrl } from "./upload-request";

const body = (value: unknown) => JSON.stringify(value);

describe("reading the upload route's refusals", () => {
  it("turns a file error key into a message key under evidence, with the values its wording needs", () => {
    expect(readRefusal(400, body({ error: "invalid", message: "The file is empty.", fieldErrors: { file: ["evidence.errors.empty"] } }), 200)).toEqual({ key: "errors.empty" });
    expect(readRefusal(413, body({ error: "invalid", fieldErrors: { file: ["evidence.errors.tooLarge"] } }), 200)).toEqual({ key: "errors.tooLarge", values: { limit: 200 } });
    const mismatch = { message: "The file's content (image/png) does not match its declared type (application/pdf).", fieldErrors: { file: ["evidence.errors.typeMismatch"] } };
    expect(readRefusal(400, body(mismatch), 200)).toEqual({ key: "errors.typeMismatch", values: { found: "image/png", claimed: "application/pdf" } });
  });

  it("keeps the server's words for a field of the record", () => {
    expect(readRefusal(400, body({ error: "invalid", fieldErrors: { title: ["Keep this under 500 characters."] } }), 200)).toEqual({ fieldErrors: { title: "Keep this under 500 characters." } });
  });

  it("answers anything else with a general message, never the raw body", () => {
    expect(readRefusal(413, "<html>Request Entity Too Large</html>", 50)).toEqual({ key: "errors.tooLarge", values: { limit: 50 } });
    expect(readRefusal(404, body({ error: "not_found" }), 200)).toEqual({ key: "upload.notAllowed" });
    expect(readRefusal(500, "oops", 200)).toEqual({ key: "upload.failed" });
    expect(readRefusal(400, body({ fieldErrors: { file: ["something.else"] } }), 200)).toEqual({ fieldErrors: { file: "something.else" } });
  });
});

describe("the upload address", () => {
  it("carries the file name and only the fields that were filled in", () => {
    const url = uploadUrl("kakao-pay", { title: "보고서 1", titleKo: "", kind: "other", receivedOn: "", providedBy: " ", sensitivity: "high", description: "", descriptionKo: "" }, "a&b.pdf");
    expect(url.startsWith("/api/cases/kakao-pay/evidence?")).toBe(true);
    expect(Object.fromEntries(new URL(url, "http://x").searchParams)).toEqual({ fileName: "a&b.pdf", title: "보고서 1", kind: "other", sensitivity: "high" });
  });
});
