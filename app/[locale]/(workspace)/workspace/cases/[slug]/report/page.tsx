import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/cases/print-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { can } from "@/lib/auth/permissions";
import { loadCasePage } from "@/lib/cases/case-access";
import { CASE_SECTIONS } from "@/lib/cases/sections";
import { formatDateTime } from "@/lib/format/date";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

/** The whole case on one page, laid out for paper: each section the viewer may see adds its part (the print stylesheet hides the app around it). */
export default async function CaseReportPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await pageLocale(params);
  const page = await loadCasePage(locale, slug, { section: "overview", returnPath: `/workspace/cases/${slug}/report` });
  const [t, tTabs] = await Promise.all([getTranslations("export"), getTranslations("tabs")]);
  const parts = await Promise.all(CASE_SECTIONS.filter((s) => can(page.viewer, s.view, page.access)).map(async (s) => ({ section: s, views: await s.views() })));
  const props = { ...page, locale, slug, searchParams: {} };
  return (
    <article className="report space-y-4 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-xl font-semibold">{t("reportTitle")}</h2>
        <PrintButton label={t("print")} />
      </div>
      <p className="text-xs text-slate-600">{t("generated", { date: formatDateTime(new Date(), locale), name: page.viewer.name })}</p>
      {parts.map(({ section, views }) =>
        views.SectionReport ? (
          <section key={section.key} aria-labelledby={`report-${section.key}`} className="space-y-2">
            <h3 id={`report-${section.key}`} className="mt-8 break-after-avoid border-b border-slate-300 pb-1 text-lg font-semibold">
              {tTabs(section.labelKey)}
            </h3>
            <ClientMessages namespaces={views.clientMessages}>
              <views.SectionReport {...props} />
            </ClientMessages>
          </section>
        ) : null,
      )}
    </article>
  );
}
