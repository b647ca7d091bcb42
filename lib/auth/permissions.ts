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
  /** Take the case file away: the ZIP/JSON export (the printable report is a page, read under case.view). */
  "case.export",
  "audit.viewAll",
  "user.manage",
  "assignment.manage",
  /** Search the organisations (to name one on a case or a recipient); not tied to a case. */
  "organization.view",
  /** Read the jurisdictions and their clock rules (/admin/jurisdictions). */
  "jurisdiction.view",
  /** Edit a clock rule, add a jurisdiction. */
  "jurisdiction.manage",
  /** Correct an organisation's record (names, aliases, sector, registration number); shared by every case. */
  "organization.edit",
  /** Merge a duplicate organisation into another, and undo such a merge. */
  "organization.merge",
  /** Read the library of legal articles (not tied to a case). */
  "article.view",
  /** Add an article to the library, also from a finding's picker. */
  "article.add",
  /** Correct an article in the library: every case that cites it reads the change. */
  "article.edit",
  /** See a case's evidence files: their records, links, verifications and custody log (not the bytes). */
  "evidence.view",
  /** Receive a file's bytes (download or preview): each time is a custody event. */
  "evidence.download",
  /** Add a file to a case, or a new version of one. */
  "evidence.upload",
  /** Correct a file's record (titles, kind, who provided it, sensitivity) and link it to the case's records or unlink it. */
  "evidence.edit",
  /** Re-hash a file's stored bytes and record what was found. */
  "evidence.verify",
  /** Delete a file's record (soft, like every case item); the bytes stay for restore. */
  "evidence.delete",
  "evidence.restore",
  /** Add a task to a case and change it (assignee, due day, status); deleting and restoring follow case.delete/case.restore. */
  "task.edit",
  /** Write in a case's internal discussion threads, and edit one's own comments. */
  "comment.write",
  /** Delete someone else's comment (an author may always delete their own). */
  "comment.moderate",
  /** Choose how one's own notifications are mailed (per kind) and the mails' language. */
  "notification.settings",
  /** Read the mail outbox and its problems (/admin/mail): every mail Casefile sent or kept. */
  "mail.view",
  /** Send a failed or waiting mail again now. */
  "mail.retry",
  /** Read one's own notifications and mark them read (one's own inbox; not tied to a case). */
  "notification.read",
  /** Keep one's own webhook subscriptions: create, read their delivery log, replay, enable again. */
  "webhook.manage",
  /** The same for every user's subscriptions (/workspace/webhooks lists them all). */
  "webhook.manageAll",
  /** Create and revoke one's own personal API tokens (each acts with no more than one's own rights). */
  "apiToken.manage",
  /** Create and revoke service tokens for other systems, each owned by a (service) user it never exceeds. */
  "apiToken.manageService",
] as const;
export type Action = (typeof ACTIONS)[number];

/** What a case officer may do on a case assigned to them. */
const OFFICER_ON_ASSIGNED: ReadonlySet<Action> = new Set<Action>([
  "case.view",
  "record.edit",
  "series.import",
  "workflow.propose",
  "activity.view",
  "case.export",
  "evidence.view",
  "evidence.download",
  "evidence.upload",
  "evidence.edit",
  "evidence.verify",
  "task.edit",
  "comment.write",
]);

/** One's own things, for every role: one's inbox and how one is notified. */
const OWN: ReadonlySet<Action> = new Set<Action>(["notification.read", "notification.settings", "apiToken.manage"]);

/** Running the system: users and the trail of everything. Only administrators. */
const SYSTEM: ReadonlySet<Action> = new Set<Action>(["audit.viewAll", "user.manage", "jurisdiction.manage", "mail.view", "mail.retry", "webhook.manageAll", "apiToken.manageService"]);

/**
 * Administrators run the system and staff cases. They may also read every case, read-only: the
 * case list, every section a case's readers see (the workflow tab included, without its
 * controls), the printable report and the case's activity (they read the same rows on the global
 * trail anyway). Nothing that changes a case or its record, moves its workflow, decides a
 * sanction or publishes it; not the Publish tab (a regulator's desk of draft public versions,
 * seen by those who may propose one); and not the case-file export: a machine-readable copy of
 * the whole file, deleted items included, stays with the people who work the case.
 */
const ADMIN: ReadonlySet<Action> = new Set<Action>([...SYSTEM, ...OWN, "assignment.manage", "case.list", "case.view", "activity.view", "jurisdiction.view", "article.view", "evidence.view", "webhook.manage"]);

/** Everything about cases, for every case, staffing included; not user administration or the global audit. */
const REGULATOR: ReadonlySet<Action> = new Set<Action>(ACTIONS.filter((a) => !SYSTEM.has(a)));

export function can(viewer: Viewer | null, action: Action, target?: CaseAccess): boolean {
  if (!viewer) return false;
  switch (viewer.role) {
    case "admin":
      return ADMIN.has(action);
    case "regulator":
      return REGULATOR.has(action);
    case "case_officer":
      // Not tied to a case: the list (of their own cases), the organisations they name on cases
      // (the picker already lets them create one) and correcting those organisations' records,
      // reading and adding to the article library, and their own inbox and notification settings.
      if (OWN.has(action) || action === "case.list" || action === "organization.view" || action === "organization.edit" || action === "article.view" || action === "article.add") return true;
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
