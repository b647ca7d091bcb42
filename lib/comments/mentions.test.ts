import { describe, expect, it } from "vitest";
import { handleOf, mentionHandles } from "./mentions";

describe("mentionHandles", () => {
  it("finds @handles at the start, after spaces and punctuation, each once, lower-cased", () => {
    expect(mentionHandles("@Kim please check, and (@lee.j) too. @kim again")).toEqual(["kim", "lee.j"]);
  });
  it("leaves out a sentence's full stop and an email address", () => {
    expect(mentionHandles("Ask @park. Or write to kim@fss.or.kr")).toEqual(["park"]);
  });
  it("finds nothing in text without mentions, or a lone @", () => {
    expect(mentionHandles("No one here @ all")).toEqual([]);
  });
  it("reads a handle with hyphens and underscores", () => {
    expect(mentionHandles("cc @case_officer-1a2b3c4d")).toEqual(["case_officer-1a2b3c4d"]);
  });
});

describe("handleOf", () => {
  it("is the email's local part, lower-cased", () => {
    expect(handleOf("Kim.J@FSS.or.kr")).toBe("kim.j");
  });
});
