import { describe, expect, it } from "vitest";
import { compareTasks, isOverdue } from "./overdue";

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("isOverdue", () => {
  it("is an open task due before today", () => {
    expect(isOverdue({ status: "open", dueOn: day("2026-11-29") }, "2026-11-30")).toBe(true);
  });
  it("is not due today, nor later, nor without a due day", () => {
    expect(isOverdue({ status: "open", dueOn: day("2026-11-30") }, "2026-11-30")).toBe(false);
    expect(isOverdue({ status: "open", dueOn: day("2026-12-01") }, "2026-11-30")).toBe(false);
    expect(isOverdue({ status: "open", dueOn: null }, "2026-11-30")).toBe(false);
  });
  it("is never a done or cancelled task", () => {
    expect(isOverdue({ status: "done", dueOn: day("2020-01-01") }, "2026-11-30")).toBe(false);
    expect(isOverdue({ status: "cancelled", dueOn: day("2020-01-01") }, "2026-11-30")).toBe(false);
  });
});

describe("compareTasks", () => {
  it("puts open tasks first by due day, undated last, then closed ones", () => {
    const at = new Date(0);
    const tasks = [
      { id: "closed", status: "done" as const, dueOn: day("2020-01-01"), createdAt: at },
      { id: "undated", status: "open" as const, dueOn: null, createdAt: at },
      { id: "later", status: "open" as const, dueOn: day("2026-12-05"), createdAt: at },
      { id: "sooner", status: "open" as const, dueOn: day("2026-11-01"), createdAt: at },
    ];
    expect([...tasks].sort(compareTasks).map((t) => t.id)).toEqual(["sooner", "later", "undated", "closed"]);
  });
});
