import { getTranslations } from "next-intl/server";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format/date";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { restoreCaseAction } from "@/lib/cases/actions";
import { listDeletedCases } from "@/lib/cases/list-deleted";
import { pageLocale } from "@/lib/i18n/page-locale";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("workspace");
  return { title: t("deletedTitle") };
}

/** Deleted cases, for the regulators who may bring one back; nothing is ever removed for good. */
export default async function DeletedCasesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  await requirePermission(locale, `/${locale}/workspace/deleted`, "case.restore");
  const [t, cases] = await Promise.all([getTranslations("workspace"), listDeletedCases()]);
  return (
    <ClientMessages namespaces={["errors", "forms"]}>
      <div className="space-y-6">
        <PageHeader
          title={t("deletedTitle")}
          intro={t("deletedIntro")}
          back={
            <Link href="/workspace" className="text-sm text-blue-800 underline">
              ← {t("casesTitle")}
            </Link>
          }
        />
        {cases.length === 0 ? (
          <EmptyState>{t("deletedNone")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="deleted-cases">
            {cases.map((c) => {
              const title = localized(locale, c.title, c.titleKo);
              return (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 p-4" data-slug={c.slug}>
                  <div className="min-w-0">
                    <p className="font-medium">{title}</p>
                    <p className="text-sm text-slate-600">
                      {c.deletedBy ? t("deletedLine", { date: formatDateTime(c.deletedAt, locale), who: c.deletedBy }) : t("deletedLineNoActor", { date: formatDateTime(c.deletedAt, locale) })}
                    </p>
                  </div>
                  <DeleteRestoreButton mode="restore" name={title} run={restoreCaseAction.bind(null, { incidentId: c.id, version: c.version })} after={`/workspace/cases/${c.slug}`} />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </ClientMessages>
  );
}
