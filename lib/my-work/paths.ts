// The exact place each My-work row opens, without the locale (the i18n Link adds it). Pure, so
// the links are tested without a page. Anchors are the ids the tabs already render: the Workflow
// tab's pending proposal (#wf-pending), clocks (#wf-state), notification duty (#wf-notify),
// sanctions (#sanction-<id>), the Publish tab's pending version (#pub-pending), a comment
// (#comment-<id>).
const caseBase = (slug: string) => `/workspace/cases/${encodeURIComponent(slug)}`;

export const proposalPath = (slug: string) => `${caseBase(slug)}/workflow#wf-pending`;
export const publicationPath = (slug: string) => `${caseBase(slug)}/publish#pub-pending`;
export const taskPath = (slug: string, taskId: string) => `${caseBase(slug)}/tasks/${encodeURIComponent(taskId)}`;
export const clockPath = (slug: string, kind: string) => `${caseBase(slug)}/workflow#${kind === "notification_duty" ? "wf-notify" : "wf-state"}`;
export const activityPath = (slug: string) => `${caseBase(slug)}/activity`;

/** What a comment hangs on: at most one of these is set; none means the case itself. */
export interface CommentTarget {
  id: string;
  findingId: string | null;
  timelineEventId: string | null;
  sanctionId: string | null;
  transitionProposalId: string | null;
  publicationVersionId: string | null;
}

export function commentPath(slug: string, comment: CommentTarget): string {
  const anchor = `#comment-${encodeURIComponent(comment.id)}`;
  const base = caseBase(slug);
  if (comment.findingId) return `${base}/findings/${encodeURIComponent(comment.findingId)}${anchor}`;
  if (comment.timelineEventId) return `${base}/timeline/${encodeURIComponent(comment.timelineEventId)}${anchor}`;
  if (comment.sanctionId || comment.transitionProposalId) return `${base}/workflow${anchor}`;
  if (comment.publicationVersionId) return `${base}/publish${anchor}`;
  return `${base}${anchor}`;
}

/** Audit entity types whose items have a page of their own in a case section. */
const ITEM_SEGMENTS: Readonly<Record<string, string>> = {
  finding: "findings",
  data_category: "data-categories",
  estimate: "estimates",
  timeline_event: "timeline",
  source: "sources",
  recipient: "recipients",
  figure: "figures",
  statement: "statements",
  evidence_file: "evidence",
  task: "tasks",
};

/** Where an audit row's change can be seen: the item's page, its tab, or else the case's activity. */
export function changePath(slug: string, row: { entityType: string; entityId: string | null; action: string }): string {
  const base = caseBase(slug);
  const segment = ITEM_SEGMENTS[row.entityType];
  const deleted = row.action.endsWith(".deleted");
  if (segment && row.entityId && !deleted) return `${base}/${segment}/${encodeURIComponent(row.entityId)}`;
  if (row.entityType === "sanction" && row.entityId) return `${base}/workflow#sanction-${encodeURIComponent(row.entityId)}`;
  if (row.entityType === "transition_proposal" || row.entityType === "case_clock") return `${base}/workflow`;
  if (row.entityType === "publication_version") return `${base}/publish`;
  if (row.entityType === "incident" && !deleted) return base;
  return activityPath(slug);
}
