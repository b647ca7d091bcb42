import { describe, expect, it } from "vitest";
import { auditRow, auditRowData } from "./audit-row";

describe("auditRow", () => {
  it("builds the row of a creation: the whole record after, nothing before, nulls for what is not given", () => {
    expect(auditRow({ actor: { id: "u1", label: "a@b.c" }, action: "series.imported", entityType: "series_import", entityId: "i1", after: { rows: 3, fileName: null, count: 54_200_000_000n } })).toEqual({
      actorId: "u1",
      actorLabel: "a@b.c",
      action: "series.imported",
      entityType: "series_import",
      entityId: "i1",
      incidentId: null,
      before: null,
      after: { rows: 3, fileName: null, count: "54200000000" },
      ip: null,
    });
  });

  it("keeps only the changed fields of an update", () => {
    const row = auditRow({ actor: { id: null, label: "system" }, action: "user.role_changed", entityType: "user", before: { role: "case_officer", name: "Kim" }, after: { role: "regulator", name: "Kim" }, ip: "127.0.0.1" });
    expect(row).toMatchObject({ actorId: null, before: { role: "case_officer" }, after: { role: "regulator" }, ip: "127.0.0.1" });
  });

  it("hands Prisma an absent before or after as a missing value (SQL NULL), not JSON null", () => {
    const data = auditRowData(auditRow({ actor: { id: null, label: "system" }, action: "auth.sign_out", entityType: "user" }));
    expect(data.before).toBeUndefined();
    expect(data.after).toBeUndefined();
  });
});
