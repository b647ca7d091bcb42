import { describe, expect, it } from "vitest";
import { ImportErrorList } from "./import-errors";

describe("the problems of an import", () => {
  it("counts every problem, keeps the first 1,000, and lists them in line order", () => {
    const list = new ImportErrorList();
    for (let line = 1_200; line > 0; line--) list.add(line, `problem on ${line}`);
    expect(list.total).toBe(1_200);
    expect(list.errors).toHaveLength(1_000);
    const sorted = list.sorted();
    expect(sorted[0]).toEqual({ line: 201, message: "problem on 201" });
    expect(sorted.map((e) => e.line)).toEqual([...sorted.map((e) => e.line)].sort((a, b) => a - b));
  });
});
