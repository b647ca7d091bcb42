import { describe, expect, it } from "vitest";
import { NotificationKind } from "@/lib/generated/prisma/enums";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import { decodeCursor, encodeCursor } from "./cursor";
import { inboxWording } from "./wording";

const base = { actor: "Kim", caseTitle: "Kakao Pay" };

describe("inboxWording", () => {
  it("names the task when its title is known", () => {
    expect(inboxWording("task_assigned", { ...base, params: {}, taskTitle: "Call the company" })).toEqual({ key: "task_assignedTitled", values: { actor: "Kim", case: "Kakao Pay", title: "Call the company" } });
  });
  it("says approved or rejected when it knows which", () => {
    expect(inboxWording("proposal_decided", { ...base, params: { outcome: "rejected" } }).key).toBe("proposal_rejected");
    expect(inboxWording("proposal_decided", { ...base, params: { outcome: 42 } }).key).toBe("proposal_decided");
  });
  it("tells overdue clocks from due ones", () => {
    expect(inboxWording("clock_due", { ...base, params: { state: "overdue" } }).key).toBe("clock_overdue");
    expect(inboxWording("clock_due", { ...base, params: { state: "due_soon" } }).key).toBe("clock_due");
    expect(inboxWording("clock_due", { ...base, params: null }).key).toBe("clock_due");
  });
  it("words a notification without an actor (the actor's account is gone) without a blank name", () => {
    expect(inboxWording("mention", { actor: null, caseTitle: "X", params: [] }).key).toBe("mentionNobody");
  });
  it("has every key it can produce in both languages", () => {
    const keys = new Set<string>();
    const params = [null, { outcome: "approved" }, { outcome: "rejected" }, { state: "overdue" }];
    for (const kind of Object.values(NotificationKind)) for (const p of params) for (const actor of ["Kim", null]) for (const taskTitle of ["T", null]) keys.add(inboxWording(kind, { actor, caseTitle: "C", params: p, taskTitle }).key);
    for (const key of keys) {
      expect(en.inbox.kinds, key).toHaveProperty(key);
      expect(ko.inbox.kinds, key).toHaveProperty(key);
    }
  });
});

describe("the inbox cursor", () => {
  it("reads back what it wrote, and reads junk as no cursor", () => {
    const row = { createdAt: new Date("2026-11-30T12:00:00.000Z"), id: "cmabc123" };
    expect(decodeCursor(encodeCursor(row))).toEqual(row);
    expect(decodeCursor("2026-11-30~x y")).toBeNull();
    expect(decodeCursor("")).toBeNull();
  });
});
