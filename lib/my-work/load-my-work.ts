import "server-only";
import type { AuditTranslator } from "@/lib/audit/describe-audit-event";
import { can, type Viewer } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import type { AuthorityDeadlines } from "./authority-deadlines";
import { cachedAuthorityDeadlines } from "./cached-authority-deadlines";
import { listCaseDeadlines, type CaseDeadline } from "./list-case-deadlines";
import { listMentions, type MyMention } from "./list-mentions";
import { listMyTasks, type MyTask } from "./list-my-tasks";
import { listRecentChanges, type RecentChange } from "./list-recent-changes";
import { listWaitingApprovals, type WaitingApproval } from "./list-waiting-approvals";

/** Rows shown per section; each section says how many there are in all. */
const SECTION_LIMIT = 20;
const AUTHORITY_LIMIT = 10;

export interface MyWork {
  now: Date;
  approvals: { items: WaitingApproval[]; total: number };
  tasks: { items: MyTask[]; total: number };
  deadlines: { items: CaseDeadline[]; total: number };
  mentions: MyMention[];
  changes: RecentChange[];
  authority: AuthorityDeadlines | null;
}

/** The authority's thresholds (APPROVAL_STALE_DAYS, CASE_IDLE_DAYS). */
export function authoritySettings() {
  const { APPROVAL_STALE_DAYS, CASE_IDLE_DAYS } = env();
  return { staleDays: APPROVAL_STALE_DAYS, idleDays: CASE_IDLE_DAYS };
}

/** Everything on My work for this viewer, its sections read in parallel. `translate` words the recent changes (the page passes next-intl's root translator). */
export async function loadMyWork(viewer: Viewer, options: { locale: Locale; translate: AuditTranslator; now?: Date; limit?: number }): Promise<MyWork> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? SECTION_LIMIT;
  const [approvals, tasks, deadlines, mentions, changes, authority] = await Promise.all([
    listWaitingApprovals(viewer, { limit }),
    listMyTasks(viewer, { limit, now }),
    listCaseDeadlines(viewer, { limit, now }),
    listMentions(viewer, { limit, now }),
    listRecentChanges(viewer, { limit, now, locale: options.locale, translate: options.translate }),
    can(viewer, "case.list") ? cachedAuthorityDeadlines(viewer, { limit: options.limit ?? AUTHORITY_LIMIT, ...authoritySettings() }) : null,
  ]);
  return { now, approvals, tasks, deadlines, mentions, changes, authority };
}
