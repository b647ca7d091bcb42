// Who may do what: one pure table, checked on the server by every page, route handler and
// server action. Case-scoped actions take the case's assignments, because a case officer may act
// only on the cases assigned to them.
import type { Role } from "@/lib/generated/prisma/enums";

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
}

export interface CaseAccess {
  assignedUserIds: readonly string[];
}

export const ACTIONS = [
  "case.list",
  "case.view",
  "case.create",
  "case.edit",
  "case.delete",
  "case.restore",
  /** Add to and correct the case's record: findings, data shared, estimates, timeline, sources. */
  "record.edit",
  "series.import",
  "workflow.propose",
  "workflow.decide",
  "sanction.edit",
  "publication.propose",
  "publication.approve",
  "activity.view",
  "audit.viewAll",
  "user.manage",
  "assignment.manage",
  /** Search the organisations (to name one on a case or a recipient); not tied to a case. */
  "organization.view",
] as const;
export type Action = (typeof ACTIONS)[number];

/** What a case officer may do on a case assigned to them. */
const OFFICER_ON_ASSIGNED: ReadonlySet<Action> = new Set<Action>([
  "case.view",
  "record.edit",
  "series.import",
  "workflow.propose",
  "activity.view",
]);

/** Administrators run the system; they do not read case files. */
const ADMIN: ReadonlySet<Action> = new Set<Action>(["audit.viewAll", "user.manage", "assignment.manage"]);

/** Everything about cases, for every case; not user administration or the global audit. */
const REGULATOR: ReadonlySet<Action> = new Set<Action>(ACTIONS.filter((a) => !ADMIN.has(a)));

export function can(viewer: Viewer | null, action: Action, target?: CaseAccess): boolean {
  if (!viewer) return false;
  switch (viewer.role) {
    case "admin":
      return ADMIN.has(action);
    case "regulator":
      return REGULATOR.has(action);
    case "case_officer":
      // Not tied to a case: the list (of their own cases) and the organisation picker.
      if (action === "case.list" || action === "organization.view") return true;
      return Boolean(target?.assignedUserIds.includes(viewer.id)) && OFFICER_ON_ASSIGNED.has(action);
  }
}

/**
 * Which cases the viewer may see, read off the table above: every case, only the cases assigned
 * to them, or none. The query forms of this rule are in lib/cases/visibility.ts.
 */
export function caseScope(viewer: Viewer): "all" | "assigned" | "none" {
  if (can(viewer, "case.view", { assignedUserIds: [] })) return "all";
  if (can(viewer, "case.view", { assignedUserIds: [viewer.id] })) return "assigned";
  return "none";
}
