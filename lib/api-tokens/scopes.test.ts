import { describe, expect, it } from "vitest";
import { ACTIONS, can, type Viewer } from "@/lib/auth/permissions";
import { API_SCOPES, SCOPE_ACTIONS, tokenMay, type ApiScope } from "./scopes";

const viewer = (role: Viewer["role"]): Viewer => ({ id: `${role}-1`, email: `${role}@example.org`, name: role, role, sessionId: "t" });
const roles = ["admin", "regulator", "case_officer"] as const;
const assigned = (v: Viewer) => ({ assignedUserIds: [v.id] });

describe("token scopes only narrow the owner's rights", () => {
  it("lists the six scopes of the issue", () => {
    expect([...API_SCOPES]).toEqual(["cases:read", "cases:write", "series:write", "evidence:write", "publications:read", "webhooks:manage"]);
  });

  it("every scope maps to known actions", () => {
    for (const scope of API_SCOPES) for (const action of SCOPE_ACTIONS[scope]) expect(ACTIONS).toContain(action);
  });

  // The whole matrix: every scope × action × role × (assigned or not), against the permission table.
  it("allows exactly: the scope names the action AND the owner may do it", () => {
    for (const role of roles) {
      const v = viewer(role);
      for (const target of [assigned(v), { assignedUserIds: ["other"] }]) {
        for (const action of ACTIONS) {
          for (const scope of API_SCOPES) {
            const scopes: ApiScope[] = [scope];
            const expected = SCOPE_ACTIONS[scope].includes(action) && can(v, action, target);
            expect(tokenMay({ viewer: v, scopes, scope, action, target }), `${role} ${scope} ${action}`).toBe(expected);
          }
        }
      }
    }
  });

  it("a token without the scope is refused even for an administrator's own rights", () => {
    expect(tokenMay({ viewer: viewer("admin"), scopes: ["publications:read"], scope: "cases:read", action: "case.list" })).toBe(false);
  });

  it("all scopes cannot lift a case officer onto a case not assigned to them", () => {
    const officer = viewer("case_officer");
    for (const scope of API_SCOPES) {
      for (const action of SCOPE_ACTIONS[scope]) {
        if (action === "case.list") continue;
        expect(tokenMay({ viewer: officer, scopes: [...API_SCOPES], scope, action, target: { assignedUserIds: [] } })).toBe(false);
      }
    }
  });

  it("an administrator's token with cases:write still cannot create a case", () => {
    expect(tokenMay({ viewer: viewer("admin"), scopes: [...API_SCOPES], scope: "cases:write", action: "case.create" })).toBe(false);
    expect(tokenMay({ viewer: viewer("regulator"), scopes: ["cases:write"], scope: "cases:write", action: "case.create" })).toBe(true);
  });
});
