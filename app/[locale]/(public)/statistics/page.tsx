import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { StatisticsSections } from "@/components/public-record/statistics/statistics-sections";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatExact } from "@/lib/format/number";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listPublishedCases } from "@/lib/publishing/get-published-case";
import { publicStatistics } from "@/lib/public-record/statistics";
import { statisticsJson } from "@/lib/public-record/statistics-json";

// Rendered on first request, then served from the cache (nothing public is prerendered at build
// time, when there is no database: see app/[locale]/layout.tsx); publishing revalidates the whole
// /[locale] layout.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string }>;

// A route handler, not a page: a plain link (next/link would try to prefetch it as a page).
const JSON_ADDRESS = "/api/public/statistics";

export async function generateMetadata({ params }: { params: Params }) {
  const { locale } = await params;
  const t = await getTranslations("statistics");
  return { title: t("title"), description: t("intro"), alternates: { canonical: `/${locale}/statistics`, languages: { en: "/en/statistics", ko: "/ko/statistics" } } };
}

export default async function StatisticsPage({ params }: { params: Params }) {
  const { locale } = await pageLocale(params);
  const [t, cases] = await Promise.all([getTranslations("statistics"), listPublishedCases()]);
  const stats = statisticsJson(publicStatistics(cases), new Date());
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")} />
      {stats.publishedCases === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("empty")}</EmptyState>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {t("publishedCases", { count: formatExact(stats.publishedCases, locale) })}{" "}
            <a href={JSON_ADDRESS} className="text-blue-800 underline">
              {t("json")}
            </a>
          </p>
          {/* The charts' buttons read only the charts' messages. */}
          <ClientMessages namespaces={["charts"]}>
            <StatisticsSections stats={stats} locale={locale} />
          </ClientMessages>
        </>
      )}
    </div>
  );
}
