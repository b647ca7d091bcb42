import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { fail } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { insertUser, PUBLIC_USER_FIELDS as PUBLIC_FIELDS } from "./insert-user";
import { notify } from "@/lib/notifications/notify";
import { type AssignmentInput, assignmentSchema, type ChangeRoleInput, changeRoleSchema, type CreateUserInput, createUserSchema, type SetActiveInput, setActiveSchema } from "./schema";

/** Creates a user. With password sign-in, returns a one-time password to hand over; it is shown once. */
export async function createUser(viewer: Viewer | null, input: CreateUserInput) {
  assertCan(viewer, "user.manage");
  return insertUser(prisma, input, actorOf(viewer));
}

/** Loads a user for an update, refusing a stale version so nobody overwrites a colleague's change unseen. */
async function loadForUpdate(tx: Prisma.TransactionClient, userId: string, version: number) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: PUBLIC_FIELDS });
  if (!user) return fail("not_found", "No such user.");
  if (user.version !== version) return fail("conflict", `${user.email} was changed by someone else meanwhile (now ${user.role}, ${user.active ? "active" : "deactivated"}). Reload to see the change.`);
  return user;
}

export async function changeUserRole(viewer: Viewer | null, input: ChangeRoleInput) {
  assertCan(viewer, "user.manage");
  if (input.userId === viewer.id) fail("forbidden", "You cannot change your own role; ask another administrator.");
  return prisma.$transaction(async (tx) => {
    const before = await loadForUpdate(tx, input.userId, input.version);
    const { count } = await tx.user.updateMany({ where: { id: input.userId, version: input.version }, data: { role: input.role, version: { increment: 1 } } });
    if (count === 0) fail("conflict", "This user was changed by someone else meanwhile. Reload to see the change.");
    const after = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: PUBLIC_FIELDS });
    if (before.role === "case_officer" && input.role !== "case_officer") await tx.caseAssignment.deleteMany({ where: { userId: input.userId } });
    await recordAudit(tx, { actor: actorOf(viewer), action: "user.role_changed", entityType: "user", entityId: after.id, before, after });
    return after;
  });
}

/** Deactivating also ends every open session, so it takes effect on the user's next request. */
export async function setUserActive(viewer: Viewer | null, input: SetActiveInput) {
  assertCan(viewer, "user.manage");
  if (input.userId === viewer.id && !input.active) fail("forbidden", "You cannot deactivate yourself; ask another administrator.");
  return prisma.$transaction(async (tx) => {
    const before = await loadForUpdate(tx, input.userId, input.version);
    const { count } = await tx.user.updateMany({ where: { id: input.userId, version: input.version }, data: { active: input.active, version: { increment: 1 } } });
    if (count === 0) fail("conflict", "This user was changed by someone else meanwhile. Reload to see the change.");
    if (!input.active) await tx.userSession.updateMany({ where: { userId: input.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    const after = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: PUBLIC_FIELDS });
    await recordAudit(tx, { actor: actorOf(viewer), action: input.active ? "user.reactivated" : "user.deactivated", entityType: "user", entityId: after.id, before, after });
    return after;
  });
}

export async function assignOfficer(viewer: Viewer | null, input: AssignmentInput) {
  assertCan(viewer, "assignment.manage");
  return prisma.$transaction(async (tx) => {
    const [user, incident] = await Promise.all([
      tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, role: true } }),
      tx.incident.findFirst({ where: { id: input.incidentId, deletedAt: null }, select: { id: true, slug: true } }),
    ]);
    if (!user) return fail("not_found", "No such user.");
    if (!incident) return fail("not_found", "No such case.");
    if (user.role !== "case_officer") return fail("invalid", "Only case officers are assigned to cases; regulators see every case.");
    const existing = await tx.caseAssignment.findUnique({ where: { incidentId_userId: { incidentId: incident.id, userId: user.id } } });
    if (!existing) await writeAssignment(tx, viewer, incident, user);
    return { incidentId: incident.id, userId: user.id };
  });
}

/** Puts a case officer on a case, with its audit row, inside the caller's transaction (also when a case is opened). */
export async function writeAssignment(tx: Prisma.TransactionClient, viewer: Viewer, incident: { id: string; slug: string }, user: { id: string; email: string }): Promise<void> {
  await tx.caseAssignment.create({ data: { incidentId: incident.id, userId: user.id, assignedById: viewer.id } });
  await recordAudit(tx, {
    actor: actorOf(viewer),
    action: "assignment.created",
    entityType: "case_assignment",
    entityId: `${incident.id}:${user.id}`,
    incidentId: incident.id,
    after: { user: user.email, case: incident.slug },
  });
  await notify(tx, { kind: "case_assigned", recipientIds: [user.id], actorId: viewer.id, incidentId: incident.id, path: `/workspace/cases/${incident.slug}` });
}

export async function unassignOfficer(viewer: Viewer | null, input: AssignmentInput) {
  assertCan(viewer, "assignment.manage");
  return prisma.$transaction(async (tx) => {
    const existing = await tx.caseAssignment.findUnique({
      where: { incidentId_userId: { incidentId: input.incidentId, userId: input.userId } },
      include: { user: { select: { email: true } }, incident: { select: { slug: true } } },
    });
    if (!existing) return fail("not_found", "This officer is not assigned to this case.");
    await tx.caseAssignment.delete({ where: { incidentId_userId: { incidentId: input.incidentId, userId: input.userId } } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "assignment.removed",
      entityType: "case_assignment",
      entityId: `${input.incidentId}:${input.userId}`,
      incidentId: input.incidentId,
      before: { user: existing.user.email, case: existing.incident.slug },
    });
    return { incidentId: input.incidentId, userId: input.userId };
  });
}

export const userActions = {
  create: defineAction(createUserSchema, createUser),
  changeRole: defineAction(changeRoleSchema, changeUserRole),
  setActive: defineAction(setActiveSchema, setUserActive),
  assign: defineAction(assignmentSchema, assignOfficer),
  unassign: defineAction(assignmentSchema, unassignOfficer),
};
