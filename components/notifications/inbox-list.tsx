import { useTranslations } from "next-intl";
import { Mark } from "@/components/my-work/my-work-section";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { InboxRow } from "@/lib/notifications/inbox/list-inbox";
import { inboxWording } from "@/lib/notifications/inbox/wording";
import { MarkReadButton, NotificationLink } from "./inbox-buttons";

/** The inbox's rows: unread ones say "Unread" in words and in bold, with a button to mark them read. */
export function InboxList({ rows, locale }: { rows: InboxRow[]; locale: Locale }) {
  const t = useTranslations("inbox");
  if (rows.length === 0) {
    return (
      <EmptyState title={t("empty")}>
        <p>{t("emptyBody")}</p>
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="inbox">
      {rows.map((row) => {
        const unread = row.readAt === null;
        const wording = inboxWording(row.kind, { params: row.params, actor: row.actor, caseTitle: row.case ? localized(locale, row.case.title, row.case.titleKo) : null, taskTitle: row.taskTitle });
        const text = t(`kinds.${wording.key}`, wording.values);
        return (
          <li key={row.id} className={`flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between ${unread ? "bg-blue-50/60" : ""}`} data-testid="inbox-row" data-unread={unread ? "true" : "false"}>
            <div className="min-w-0 space-y-1">
              <div className="flex flex-wrap items-baseline gap-2">
                {unread ? <Mark tone="info">{t("unread")}</Mark> : <span className="sr-only">{t("read")}</span>}
                <NotificationLink href={row.path} notificationId={row.id} unread={unread}>
                  {text}
                </NotificationLink>
              </div>
              <p className="text-sm text-slate-600">
                <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt, locale)}</time>
              </p>
            </div>
            {unread ? <MarkReadButton notificationId={row.id} label={`${t("markRead")}: ${text}`} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
