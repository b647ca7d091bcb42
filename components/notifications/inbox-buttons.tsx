"use client";

import { useTranslations } from "next-intl";
import { useTransition, type ReactNode } from "react";
import { toast } from "sonner";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { readAllNotificationsAction, readOneNotificationAction } from "@/lib/notifications/inbox/actions";

const button = "rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-400 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-50";

export function MarkReadButton({ notificationId, label }: { notificationId: string; label: string }) {
  const t = useTranslations("inbox");
  const router = useRouter();
  const [pending, start] = useTransition();
  const run = () =>
    start(async () => {
      const result = await readOneNotificationAction({ notificationId });
      if (!result.ok) toast.error(t("failed"));
      router.refresh();
    });
  return (
    <button type="button" onClick={run} disabled={pending} className={`${button} shrink-0`} aria-label={label}>
      {t("markRead")}
    </button>
  );
}

/** Marks read up to the newest notification shown, so one arriving meanwhile stays unread. */
export function MarkAllReadButton({ upTo }: { upTo: string }) {
  const t = useTranslations("inbox");
  const router = useRouter();
  const [pending, start] = useTransition();
  const run = () =>
    start(async () => {
      const result = await readAllNotificationsAction({ upTo });
      if (result.ok) toast.success(t("markedAll", { count: result.data.marked }));
      else toast.error(t("failed"));
      router.refresh();
    });
  return (
    <button type="button" onClick={run} disabled={pending} className={button} data-testid="mark-all-read">
      {t("markAllRead")}
    </button>
  );
}

/** Opening an unread notification marks it read on the way (not awaited: the page it opens does not depend on it). */
export function NotificationLink({ href, notificationId, unread, children }: { href: string; notificationId: string; unread: boolean; children: ReactNode }) {
  return (
    <Link
      href={href}
      onClick={unread ? () => void readOneNotificationAction({ notificationId }) : undefined}
      className={`${unread ? "font-semibold" : "font-normal"} text-blue-800 underline underline-offset-2 hover:text-blue-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700`}
    >
      {children}
    </Link>
  );
}
