import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RetryMailButton } from "@/components/mail/retry-mail-button";
import { PageHeader } from "@/components/ui/page-header";
import { StatusPill } from "@/components/ui/status-pill";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format/date";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getMail } from "@/lib/mail/list-mail";
import { mailStatusLabel } from "@/lib/mail/mail-list-items";
import { canRetryMail } from "@/lib/mail/retry-rule";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("mailAdmin");
  return { title: t("detailTitle") };
}

/** One mail as it was written: plain text only (a mail's HTML is never rendered here). */
export default async function MailPage({ params }: { params: Promise<{ locale: string; mailId: string }> }) {
  const { locale } = await pageLocale(params);
  const { mailId } = await params;
  const viewer = await requirePermission(locale, `/${locale}/admin/mail/${encodeURIComponent(mailId)}`, "mail.view");
  const mail = /^[a-z0-9]{1,64}$/i.test(mailId) ? await getMail(mailId) : null;
  if (!mail) notFound();
  const t = await getTranslations("mailAdmin");
  const tr = (key: string) => t(key as Parameters<typeof t>[0]);
  const facts: [string, string][] = [
    [t("colTo"), mail.to],
    [t("colLanguage"), mail.locale === "ko" || mail.locale === "en" ? t(`languages.${mail.locale}`) : mail.locale],
    [t("colCreated"), formatDateTime(mail.createdAt, locale)],
    [t("sentAt"), mail.sentAt ? formatDateTime(mail.sentAt, locale) : t("none")],
    [t("colAttempts"), String(mail.attempts)],
    [t("colLastAttempt"), mail.lastAttemptAt ? formatDateTime(mail.lastAttemptAt, locale) : t("none")],
    [t("messageId"), mail.messageId ?? t("none")],
  ];
  return (
    <ClientMessages namespaces={["errors", "mailAdmin"]}>
      <div className="space-y-6">
        <PageHeader
          title={mail.subject}
          back={
            <Link href="/admin/mail" className="text-sm text-blue-800 underline-offset-2 hover:underline">
              {t("back")}
            </Link>
          }
        />
        <div className="flex flex-wrap items-center gap-3">
          <StatusPill strong={mail.status !== "queued" && mail.status !== "sending"} data-status={mail.status}>
            {mailStatusLabel(mail, tr)}
          </StatusPill>
          {can(viewer, "mail.retry") && canRetryMail(mail) ? <RetryMailButton mailId={mail.id} to={mail.to} /> : null}
        </div>
        <dl className="grid max-w-2xl grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd className="break-all text-slate-900">{value}</dd>
            </div>
          ))}
          {mail.lastError ? (
            <div className="contents">
              <dt className="font-medium text-slate-700">{t("colLastError")}</dt>
              <dd className="font-mono text-xs break-words text-red-800">{mail.lastError}</dd>
            </div>
          ) : null}
        </dl>
        <section aria-labelledby="mail-text">
          <h2 id="mail-text" className="text-lg font-semibold">
            {t("text")}
          </h2>
          <pre className="mt-2 max-w-prose overflow-x-auto rounded-lg border border-slate-200 bg-white p-4 font-sans text-sm break-words whitespace-pre-wrap" lang={mail.locale}>
            {mail.text}
          </pre>
        </section>
      </div>
    </ClientMessages>
  );
}
