import { getTranslations } from "next-intl/server";
import { MailList } from "@/components/mail/mail-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { countMailProblems, listMail, MAIL_PAGE_SIZE } from "@/lib/mail/list-mail";
import { mailListItems } from "@/lib/mail/mail-list-items";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("mailAdmin");
  return { title: t("title") };
}

/** The outbox: every mail, newest first. Without SMTP this is where the demo's mails are read. */
export default async function MailPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await pageLocale(params);
  await requirePermission(locale, `/${locale}/admin/mail`, "mail.view");
  const pageParam = (await searchParams).page;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(typeof pageParam === "string" ? pageParam : "1", 10) || 1));
  const [t, { rows, total }, problems] = await Promise.all([getTranslations("mailAdmin"), listMail({ page }), countMailProblems()]);
  const pages = Math.max(1, Math.ceil(total / MAIL_PAGE_SIZE));
  const tr = (key: string) => t(key as Parameters<typeof t>[0]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {env().SMTP_URL ? null : (
        <p className="max-w-prose rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="no-smtp">
          {t("noSmtp")}
        </p>
      )}
      <p>
        <Link href="/admin/mail/problems" className="font-medium text-blue-800 underline underline-offset-2">
          {t("problemsLink", { count: problems })}
        </Link>
      </p>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <MailList items={mailListItems(rows, locale, tr)} labels={{ caption: t("tableCaption"), to: t("colTo"), language: t("colLanguage"), attempts: t("colAttempts"), lastError: t("colLastError"), lastAttempt: t("colLastAttempt") }} />
      )}
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center gap-4 text-sm">
          {page > 1 ? <Link href={`/admin/mail?page=${page - 1}`}>{t("previous")}</Link> : null}
          <span>{t("page", { page, pages })}</span>
          {page < pages ? <Link href={`/admin/mail?page=${page + 1}`}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
