import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { ActionError } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { makeCase, makeUser, makeViewer, unique } from "@/tests/support/factories";
import { assignOfficer, changeUserRole, createUser, setUserActive, unassignOfficer } from "./mutations";

let admin: Viewer;
let regulator: Viewer;
let officer: Viewer;

beforeAll(async () => {
  [admin, regulator, officer] = await Promise.all([makeViewer("admin"), makeViewer("regulator"), makeViewer("case_officer")]);
});
afterAll(() => prisma.$disconnect());

const auditCount = () => prisma.auditEvent.count();

async function expectRefused(run: () => Promise<unknown>, code: string) {
  const before = await auditCount();
  await expect(run()).rejects.toSatisfy((e: unknown): boolean => e instanceof ActionError && e.code === code);
  expect(await auditCount()).toBe(before);
}

describe("user administration refuses anyone but an administrator, and changes nothing", () => {
  const cases: [string, () => Viewer | null, string][] = [
    ["nobody", () => null, "unauthenticated"],
    ["a regulator", () => regulator, "forbidden"],
    ["a case officer", () => officer, "forbidden"],
  ];
  it.each(cases)("%s", async (_who, viewer, code) => {
    const target = await makeUser("case_officer");
    const incident = await makeCase();
    const email = `${unique("new")}@test.casefile`;
    await expectRefused(() => createUser(viewer(), { email, name: "X", role: "admin", signIn: "password" }), code);
    await expectRefused(() => changeUserRole(viewer(), { userId: target.id, role: "admin", version: target.version }), code);
    await expectRefused(() => setUserActive(viewer(), { userId: target.id, active: false, version: target.version }), code);
    if (viewer() !== regulator) await expectRefused(() => assignOfficer(viewer(), { userId: target.id, incidentId: incident.id }), code);
    expect(await prisma.user.findUnique({ where: { email } })).toBeNull();
    expect(await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "case_officer", active: true, version: 1 });
    expect(await prisma.caseAssignment.count({ where: { userId: target.id } })).toBe(0);
  });
});

describe("a regulator staffs a case from the case page", () => {
  it("assigns and unassigns a case officer, audited on the case; a case officer may not", async () => {
    const target = await makeUser("case_officer");
    const incident = await makeCase();
    await expectRefused(() => unassignOfficer(officer, { userId: target.id, incidentId: incident.id }), "forbidden");
    await assignOfficer(regulator, { userId: target.id, incidentId: incident.id });
    await expectRefused(() => unassignOfficer(officer, { userId: target.id, incidentId: incident.id }), "forbidden");
    expect(await prisma.caseAssignment.findMany({ where: { incidentId: incident.id }, select: { userId: true, assignedById: true } })).toEqual([{ userId: target.id, assignedById: regulator.id }]);
    await unassignOfficer(regulator, { userId: target.id, incidentId: incident.id });
    expect(await prisma.caseAssignment.count({ where: { incidentId: incident.id } })).toBe(0);
    const trail = await prisma.auditEvent.findMany({ where: { incidentId: incident.id }, orderBy: { id: "asc" } });
    expect(trail.map((e) => [e.action, e.actorId])).toEqual([
      ["assignment.created", regulator.id],
      ["assignment.removed", regulator.id],
    ]);
  });
});

describe("an administrator", () => {
  it("creates a user with a one-time password stored only as an argon2id hash, audited", async () => {
    const email = `${unique("new")}@test.casefile`;
    const { user, temporaryPassword } = await createUser(admin, { email, name: "New Officer", role: "case_officer", signIn: "password" });
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{20}$/);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(temporaryPassword);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.created", entityId: user.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit.after)).not.toContain(temporaryPassword ?? "-");
  });

  it("refuses a duplicate email with a field error", async () => {
    const existing = await makeUser("regulator");
    await expect(createUser(admin, { email: existing.email, name: "Dup", role: "regulator", signIn: "password" })).rejects.toMatchObject({ code: "invalid", fieldErrors: { email: [expect.any(String)] } });
  });

  it("changes a role, records before and after, and refuses a stale version", async () => {
    const target = await makeUser("case_officer");
    const updated = await changeUserRole(admin, { userId: target.id, role: "regulator", version: 1 });
    expect(updated).toMatchObject({ role: "regulator", version: 2 });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.role_changed", entityId: target.id } });
    expect(audit.before).toEqual({ role: "case_officer", version: 1 });
    expect(audit.after).toEqual({ role: "regulator", version: 2 });
    await expect(changeUserRole(admin, { userId: target.id, role: "admin", version: 1 })).rejects.toMatchObject({ code: "conflict" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("regulator");
  });

  it("deactivates a user and ends their sessions at once", async () => {
    const target = await makeViewer("case_officer");
    await setUserActive(admin, { userId: target.id, active: false, version: 1 });
    const session = await prisma.userSession.findUniqueOrThrow({ where: { id: target.sessionId } });
    expect(session.revokedAt).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "user.deactivated", entityId: target.id } })).toBe(1);
  });

  it("cannot lock themselves out", async () => {
    await expect(setUserActive(admin, { userId: admin.id, active: false, version: 1 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(changeUserRole(admin, { userId: admin.id, role: "case_officer", version: 1 })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("assigns and unassigns a case officer, audited on the case", async () => {
    const target = await makeUser("case_officer");
    const incident = await makeCase();
    await assignOfficer(admin, { userId: target.id, incidentId: incident.id });
    expect(await prisma.caseAssignment.count({ where: { userId: target.id, incidentId: incident.id } })).toBe(1);
    await unassignOfficer(admin, { userId: target.id, incidentId: incident.id });
    expect(await prisma.caseAssignment.count({ where: { userId: target.id } })).toBe(0);
    const trail = await prisma.auditEvent.findMany({ where: { incidentId: incident.id }, orderBy: { id: "asc" } });
    expect(trail.map((e) => e.action)).toEqual(["assignment.created", "assignment.removed"]);
  });

  it("does not assign regulators, who already see every case", async () => {
    const target = await makeUser("regulator");
    const incident = await makeCase();
    await expect(assignOfficer(admin, { userId: target.id, incidentId: incident.id })).rejects.toMatchObject({ code: "invalid" });
  });
});
