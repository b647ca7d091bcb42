import { describe, expect, it } from "vitest";
import type { AuditEventDescription } from "@/lib/audit/describe-audit-event";
import { linkedRecordIds, nameLinkedRecords } from "./custody-links";

const entry = (id: string, fields: string[]): AuditEventDescription => ({
  id,
  action: "evidence.linked",
  occurredAt: { iso: "", text: "" },
  actor: "Kim",
  headline: "",
  changes: fields.map((field) => ({ kind: "value", field, label: field, value: field })),
  caseRef: null,
  ip: null,
  raw: "{}",
});

describe("naming the records in a file's link rows", () => {
  const rows = [
    { id: 2n, before: null, after: { target: "finding", targetId: "f1", locator: "p. 12" } },
    { id: 1n, before: { target: "source", targetId: "s1" }, after: null },
    { id: 3n, before: null, after: { sha256: "ab" } },
  ];

  it("collects each linked record once", () => {
    expect(linkedRecordIds([...rows, rows[0]!])).toEqual(["f1", "s1"]);
  });

  it("adds the record's title after its kind, and leaves other rows and unknown records alone", () => {
    const named = nameLinkedRecords([entry("2", ["target", "locator"]), entry("1", ["target"]), entry("3", ["sha256"])], rows, { titles: new Map([["f1", "Consent was not obtained"]]), label: "Record" });
    expect(named[0]!.changes.map((c) => c.field)).toEqual(["target", "targetTitle", "locator"]);
    expect(named[0]!.changes[1]).toMatchObject({ kind: "value", label: "Record", value: "Consent was not obtained" });
    expect(named[1]!.changes.map((c) => c.field)).toEqual(["target"]);
    expect(named[2]!.changes.map((c) => c.field)).toEqual(["sha256"]);
  });
});
