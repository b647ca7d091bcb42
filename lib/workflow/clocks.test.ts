import { describe, expect, it } from "vitest";
import { clockDueAt, clockStatus, daysInState, daysLate, daysLeft, endOfSeoulDay } from "./clocks";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("clocks", () => {
  it("a 10-day window from 1 March ends at midnight Seoul time after 11 March", () => {
    expect(clockDueAt(day("2025-03-01"), 10).toISOString()).toBe("2025-03-11T15:00:00.000Z");
  });

  it("counts across month and year ends", () => {
    expect(clockDueAt(day("2024-12-25"), 10).toISOString()).toBe("2025-01-04T15:00:00.000Z");
    expect(clockDueAt(day("2024-02-28"), 1).toISOString()).toBe("2024-02-29T15:00:00.000Z");
  });

  it("a step on the due day is on time; the next day is one day late", () => {
    const due = clockDueAt(day("2025-03-01"), 10);
    expect(daysLate(due, endOfSeoulDay(day("2025-03-11")))).toBe(0);
    expect(daysLate(due, endOfSeoulDay(day("2025-03-12")))).toBe(1);
    expect(daysLate(due, endOfSeoulDay(day("2025-03-20")))).toBe(9);
  });

  it("is overdue past the deadline, due soon within 7 days, otherwise running; a stopped clock is stopped", () => {
    const due = new Date("2025-03-11T15:00:00Z");
    expect(clockStatus({ dueAt: due, stoppedAt: null }, new Date("2025-03-12T00:00:00Z"))).toBe("overdue");
    expect(clockStatus({ dueAt: due, stoppedAt: null }, new Date("2025-03-05T00:00:00Z"))).toBe("dueSoon");
    expect(clockStatus({ dueAt: due, stoppedAt: null }, new Date("2025-03-01T00:00:00Z"))).toBe("running");
    expect(clockStatus({ dueAt: due, stoppedAt: new Date("2025-03-20T00:00:00Z") }, new Date("2025-03-21T00:00:00Z"))).toBe("stopped");
  });

  it("days left round toward the deadline, negative once overdue", () => {
    const due = new Date("2025-03-11T15:00:00Z");
    expect(daysLeft(due, new Date("2025-03-11T14:00:00Z"))).toBe(1);
    expect(daysLeft(due, new Date("2025-03-01T15:00:00Z"))).toBe(10);
    expect(daysLeft(due, new Date("2025-03-11T16:00:00Z"))).toBe(-1);
  });

  it("counts whole days in the current state, never less than zero", () => {
    const entered = new Date("2025-03-01T10:00:00Z");
    expect(daysInState(entered, new Date("2025-03-01T23:59:00Z"))).toBe(0);
    expect(daysInState(entered, new Date("2025-03-02T10:00:00Z"))).toBe(1);
    expect(daysInState(entered, new Date("2025-04-01T09:59:00Z"))).toBe(30);
    expect(daysInState(entered, new Date("2025-02-28T00:00:00Z"))).toBe(0);
  });
});
