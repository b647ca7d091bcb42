import { getTranslations } from "next-intl/server";
import { MailList } from "@/components/mail/mail-list";
import { RetryMailButton } from "@/components/mail/retry-mail-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listMailProblems } from "@/lib/mail/list-mail";
import { mailListItems } from "@/lib/mail/mail-list-items";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("mailAdmin");
  return { title: t("problemsTitle") };
}

/** Failed and retrying mails with the mail server's last answer; Retry sends one again now. */
export default async function MailProblemsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  const viewer = await requirePermission(locale, `/${locale}/admin/mail/problems`, "mail.view");
  const [t, rows] = await Promise.all([getTranslations("mailAdmin"), listMailProblems()]);
  const tr = (key: string) => t(key as Parameters<typeof t>[0]);
  const mayRetry = can(viewer, "mail.retry");
  return (
    <ClientMessages namespaces={["errors", "mailAdmin"]}>
      <div className="space-y-6">
        <PageHeader
          title={t("problemsTitle")}
          intro={t("problemsIntro")}
          back={
            <Link href="/admin/mail" className="text-sm text-blue-800 underline-offset-2 hover:underline">
              {t("back")}
            </Link>
          }
        />
        {rows.length === 0 ? (
          <EmptyState title={t("problemsEmpty")} />
        ) : (
          <MailList
            items={mailListItems(rows, locale, tr)}
            labels={{ caption: t("problemsCaption"), to: t("colTo"), language: t("colLanguage"), attempts: t("colAttempts"), lastError: t("colLastError"), lastAttempt: t("colLastAttempt") }}
            action={mayRetry ? (m) => <RetryMailButton mailId={m.id} to={m.to} /> : undefined}
          />
        )}
      </div>
    </ClientMessages>
  );
}
