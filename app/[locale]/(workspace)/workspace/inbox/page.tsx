import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { InboxList } from "@/components/notifications/inbox-list";
import { MarkAllReadButton } from "@/components/notifications/inbox-buttons";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { countUnread, listInbox } from "@/lib/notifications/inbox/list-inbox";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "inbox" });
  return { title: t("title") };
}

export default async function InboxPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await pageLocale(params);
  const viewer = await requireViewer(locale, `/${locale}/workspace/inbox`);
  if (!can(viewer, "notification.read")) notFound();
  const before = (await searchParams).before;
  const cursor = typeof before === "string" && before.length <= 120 ? before : undefined;
  const [t, tSettings, page, unread] = await Promise.all([getTranslations("inbox"), getTranslations("notificationSettings"), listInbox(viewer, { cursor }), countUnread(viewer)]);
  const newest = page.rows[0];
  return (
    <ClientMessages namespaces={["inbox"]}>
      <div className="space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <PageHeader title={t("title")} intro={t("intro")} />
          <div className="flex items-center gap-3">
            <span className="text-sm text-slate-700" data-testid="unread-count">
              {t("unreadCount", { count: unread })}
            </span>
            {unread > 0 && newest && !cursor ? <MarkAllReadButton upTo={newest.createdAt.toISOString()} /> : null}
            {/* Where people look for it: how these notifications are mailed. */}
            {can(viewer, "notification.settings") ? (
              <Link href="/workspace/settings/notifications" className="text-sm text-blue-800 underline underline-offset-2">
                {tSettings("menuLink")}
              </Link>
            ) : null}
          </div>
        </div>
        <InboxList rows={page.rows} locale={locale} />
        <nav className="flex flex-wrap gap-4 text-sm" aria-label={t("title")}>
          {cursor ? (
            <Link href="/workspace/inbox" className="text-blue-800 underline">
              {t("newest")}
            </Link>
          ) : null}
          {page.next ? (
            <Link href={`/workspace/inbox?before=${encodeURIComponent(page.next)}`} className="text-blue-800 underline" data-testid="inbox-older">
              {t("older")}
            </Link>
          ) : null}
        </nav>
      </div>
    </ClientMessages>
  );
}
