import { describe, expect, it } from "vitest";
import { ACTIONS, can, caseScope, type Action, type Viewer } from "./permissions";

const viewer = (role: Viewer["role"]): Viewer => ({ id: `${role}-1`, email: `${role}@example.org`, name: role, role, sessionId: "s" });
const assignedTo = (v: Viewer) => ({ assignedUserIds: [v.id] });
const unassigned = { assignedUserIds: ["someone-else"] };

// The whole matrix, written out: [action, admin, regulator, officer on an assigned case, officer on another case].
const MATRIX: [Action, boolean, boolean, boolean, boolean][] = [
  // Administrators read every case (the list, its sections, its activity) and change nothing in it.
  ["case.list", true, true, true, true],
  ["case.view", true, true, true, false],
  ["case.create", false, true, false, false],
  ["case.edit", false, true, false, false],
  ["case.delete", false, true, false, false],
  ["case.restore", false, true, false, false],
  ["record.edit", false, true, true, false],
  ["series.import", false, true, true, false],
  ["workflow.propose", false, true, true, false],
  ["workflow.decide", false, true, false, false],
  ["sanction.edit", false, true, false, false],
  ["publication.propose", false, true, false, false],
  ["publication.approve", false, true, false, false],
  ["activity.view", true, true, true, false],
  ["case.export", false, true, true, false],
  ["audit.viewAll", true, false, false, false],
  ["user.manage", true, false, false, false],
  // Staffing a case: from the Users page (administrators) or the case page (regulators).
  ["assignment.manage", true, true, false, false],
  ["organization.view", false, true, true, true],
  // The clock rules: administrators keep them, regulators read them (they apply them to cases).
  ["jurisdiction.view", true, true, false, false],
  ["jurisdiction.manage", true, false, false, false],
  // Organisations are shared by every case, so editing one is not tied to a case: the people who
  // name organisations on cases (regulators, officers) correct them; merging is a regulator's call.
  ["organization.edit", false, true, true, true],
  ["organization.merge", false, true, false, false],
  // The legal-article library is shared by every case: all staff read it, those who write findings add to it, regulators correct it.
  ["article.view", true, true, true, true],
  ["article.add", false, true, true, true],
  ["article.edit", false, true, false, false],
  // Evidence files: administrators see that a file exists and its custody log (they read every
  // case) but do not take its bytes away, as with the case-file export; deleting and restoring
  // follow the case's own record (regulators); the rest is the record's work (assigned officers).
  ["evidence.view", true, true, true, false],
  ["evidence.download", false, true, true, false],
  ["evidence.upload", false, true, true, false],
  ["evidence.edit", false, true, true, false],
  ["evidence.verify", false, true, true, false],
  ["evidence.delete", false, true, false, false],
  ["evidence.restore", false, true, false, false],
  // Working together: the people who work a case (regulators, its assigned officers) keep its tasks
  // and discuss it; administrators read it and write nothing; a regulator may remove anyone's comment.
  ["task.edit", false, true, true, false],
  ["comment.write", false, true, true, false],
  ["comment.moderate", false, true, false, false],
  // Everyone chooses how they are told (their own mail settings only: the action takes no user).
  ["notification.settings", true, true, true, true],
  // The mail outbox (what Casefile sent, or kept without SMTP) and its problems: running the system.
  ["mail.view", true, false, false, false],
  ["mail.retry", true, false, false, false],
  // Webhooks: administrators connect systems and keep every subscription; regulators may keep their
  // own (each receives only the cases its owner may see); case officers ask an administrator.
  ["webhook.manage", true, true, false, false],
  ["webhook.manageAll", true, false, false, false],
  // Everyone reads their own inbox; the notifications themselves name only cases they may see.
  ["notification.read", true, true, true, true],
  // Everyone may hold personal API tokens (never more than their own rights); service tokens are the administrators'.
  ["apiToken.manage", true, true, true, true],
  ["apiToken.manageService", true, false, false, false],
];

describe("the permission matrix", () => {
  it("covers every action exactly once", () => {
    expect(MATRIX.map(([action]) => action).sort()).toEqual([...ACTIONS].sort());
  });

  describe.each(MATRIX)("%s", (action, admin, regulator, officerAssigned, officerOther) => {
    const officer = viewer("case_officer");
    it(`admin: ${admin}`, () => {
      expect(can(viewer("admin"), action, unassigned)).toBe(admin);
      expect(can(viewer("admin"), action, assignedTo(viewer("admin")))).toBe(admin);
    });
    it(`regulator: ${regulator}, assigned or not`, () => {
      expect(can(viewer("regulator"), action, unassigned)).toBe(regulator);
      expect(can(viewer("regulator"), action, assignedTo(viewer("regulator")))).toBe(regulator);
    });
    it(`case officer on an assigned case: ${officerAssigned}`, () => {
      expect(can(officer, action, assignedTo(officer))).toBe(officerAssigned);
    });
    it(`case officer on a case assigned to someone else: ${officerOther}`, () => {
      expect(can(officer, action, unassigned)).toBe(officerOther);
    });
    it("anonymous: never", () => {
      expect(can(null, action, unassigned)).toBe(false);
    });
  });

  it("an administrator reads cases but holds nothing that changes one, publishes it or takes its file away", () => {
    const admin = viewer("admin");
    const changes: Action[] = ["case.create", "case.edit", "case.delete", "case.restore", "record.edit", "series.import", "workflow.propose", "workflow.decide", "sanction.edit", "publication.propose", "publication.approve", "case.export", "evidence.download", "evidence.upload", "evidence.edit", "evidence.verify", "evidence.delete", "evidence.restore", "task.edit", "comment.write", "comment.moderate"];
    for (const action of changes) expect(can(admin, action, unassigned), action).toBe(false);
    expect(caseScope(admin)).toBe("all");
  });

  it("refuses a case-scoped action when no case is given", () => {
    expect(can(viewer("case_officer"), "record.edit")).toBe(false);
    expect(can(viewer("regulator"), "record.edit")).toBe(true);
  });
});
