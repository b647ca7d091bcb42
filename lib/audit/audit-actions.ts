// Every action and entity type the audit trail records. Writers may only use these (recordAudit's
// types), and readers label each one in both languages (auditLabels.* in the messages; a unit test
// checks). Rows written before a name existed still read, as their code.
//
// Actions are "<kind>.<verb>"; the kind is what the trail's "What" filter offers. The message for
// an action sits at auditLabels.actions.<kind>.<verb>, so the dot doubles as next-intl's path.

export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "user.created",
  "user.role_changed",
  "user.deactivated",
  "user.reactivated",
  // A user changed how they are told: the mails' language and, per kind, immediately / digest / off.
  "user.notifications_changed",
  "assignment.created",
  "assignment.removed",
  "incident.created",
  "incident.updated",
  "incident.deleted",
  "incident.restored",
  "incident.exported",
  "incident.imported",
  "finding.created",
  "finding.updated",
  // `finding.${status}`: a status change, one entry per finding status.
  "finding.draft",
  "finding.confirmed",
  "finding.withdrawn",
  "finding.deleted",
  "finding.restored",
  "data_category.created",
  "data_category.updated",
  "data_category.deleted",
  "data_category.restored",
  "estimate.created",
  "estimate.revised",
  "estimate.deleted",
  "estimate.restored",
  "timeline_event.created",
  "timeline_event.updated",
  "timeline_event.deleted",
  "timeline_event.restored",
  "source.created",
  "source.updated",
  "source.deleted",
  "source.restored",
  "recipient.created",
  "recipient.updated",
  "recipient.deleted",
  "recipient.restored",
  "organization.created",
  "organization.updated",
  // One row per merge (entity: the duplicate); its `after` lists exactly what moved, which the undo reads.
  "organization.merged",
  "organization.merge_undone",
  "figure.created",
  "figure.updated",
  "figure.deleted",
  "figure.restored",
  "statement.created",
  "statement.updated",
  "statement.deleted",
  "statement.restored",
  "sanction.proposed",
  "sanction.updated",
  "sanction.withdrawn",
  // `sanction.appeal_${outcome}`: one entry per appeal outcome.
  "sanction.appeal_upheld",
  "sanction.appeal_reduced",
  "sanction.appeal_annulled",
  "publication.proposed",
  "publication.approved",
  "publication.rejected",
  "publication.unpublished",
  "workflow.proposed",
  "workflow.transitioned",
  // `workflow.proposal_${status}`: how a pending proposal was closed.
  "workflow.proposal_approved",
  "workflow.proposal_rejected",
  "workflow.proposal_withdrawn",
  "legal_article.created",
  "legal_article.updated",
  // Written by the importer's own SQL (lib/series/import/run-import.ts), not through recordAudit.
  "series.imported",
  "jurisdiction.created",
  "clock_rule.updated",
  // The duty to notify: when the company became aware of the breach, and when it notified.
  "clock.notification_recorded",
  // Evidence files: every handling of a file is a custody event (the file's custody log reads these).
  "evidence.uploaded",
  "evidence.viewed",
  "evidence.downloaded",
  "evidence.updated",
  "evidence.sensitivity_changed",
  "evidence.linked",
  "evidence.unlinked",
  "evidence.verified",
  "evidence.deleted",
  "evidence.restored",
  // On the old file, when a new version replaces it (the new file's own row is evidence.uploaded).
  "evidence.superseded",
  // The file's bytes went out in a case-file export (one row per file, so each file's custody log shows it).
  "evidence.exported",
  "task.created",
  "task.updated",
  "task.deleted",
  "task.restored",
  "comment.created",
  "comment.edited",
  "comment.deleted",
  // An administrator sent a failed or waiting mail again (/admin/mail/problems).
  "mail.retried",
  // Webhooks (lib/webhooks/): a subscription made, enabled again, disabled after failing, a delivery
  // sent again; paused, its secret replaced, deleted by its owner (or an administrator).
  "webhook.created",
  "webhook.enabled",
  "webhook.disabled",
  "webhook.replayed",
  "webhook.paused",
  "webhook.secret_rotated",
  "webhook.deleted",
  // API tokens (lib/api-tokens/): made and revoked; `used` is one row per /api/v1 request.
  "api_token.created",
  "api_token.revoked",
  "api_token.used",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = [
  "user",
  "case_assignment",
  "incident",
  "finding",
  "data_category",
  "estimate",
  "timeline_event",
  "source",
  "recipient",
  "organization",
  "figure",
  "statement",
  "sanction",
  "publication_version",
  "transition_proposal",
  "series_import",
  "jurisdiction",
  "clock_rule",
  "case_clock",
  "legal_article",
  "evidence_file",
  "task",
  "comment",
  "mail_message",
  "webhook_subscription",
  "api_token",
] as const;

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

type KindOf<A extends string> = A extends `${infer K}.${string}` ? K : never;
export type AuditKind = KindOf<AuditAction>;

/** The kinds, in the order of the action list (the filter menu's order). */
export const AUDIT_KINDS: readonly AuditKind[] = [...new Set(AUDIT_ACTIONS.map((a) => a.slice(0, a.indexOf(".")) as AuditKind))];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export function isAuditEntityType(value: string): value is AuditEntityType {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(value);
}

export function isAuditKind(value: string): value is AuditKind {
  return (AUDIT_KINDS as readonly string[]).includes(value);
}
