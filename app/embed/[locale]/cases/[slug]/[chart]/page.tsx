import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PublicChartsBody } from "@/components/cases/public-case/public-charts-body";
import { publicChartProps } from "@/components/cases/public-case/public-chart-props";
import { CHART_TITLE_KEY as CHART_TITLE, chartFor, isEmbedChart, type EmbedChart } from "@/lib/embeds/embed-url";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getPublishedCase } from "@/lib/publishing/get-published-case";

// Like the case page: rendered on first request, then cached; publishing, correcting or taking a
// case down revalidates the embeds too (lib/publishing/actions.ts).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; slug: string; chart: string }>;


export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale: raw, slug, chart } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const incident = await getPublishedCase(slug);
  if (!incident || !isEmbedChart(chart)) return {};
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: "embed" }), getTranslations({ locale, namespace: "case" })]);
  const title = localized(locale, incident.title, incident.titleKo);
  return {
    title: t("frameTitle", { chart: tc(CHART_TITLE[chart]), title }),
    description: t("metaDescription", { chart: tc(CHART_TITLE[chart]), title }),
    alternates: { canonical: `/embed/${locale}/cases/${slug}/${chart}` },
  };
}

/** One chart of a published case, minimal and attributed, for other sites to frame. */
export default async function EmbedPage({ params }: { params: Params }) {
  const { locale, slug, chart } = await pageLocale(params);
  if (!isEmbedChart(chart)) notFound();
  const incident = await getPublishedCase(slug);
  if (!incident) notFound();
  const props = await publicChartProps(incident.raw, locale);
  const shown: EmbedChart | null = chartFor(chart, { records: props.hasRecords, people: props.people !== null });
  if (!shown) notFound();
  const t = await getTranslations({ locale, namespace: "embed" });
  return (
    <div className="space-y-2" data-testid="embed">
      <PublicChartsBody
        slug={slug}
        locale={locale}
        messages={props.messages}
        hasRecords={shown === "records"}
        people={shown === "people" ? props.people : null}
      />
      <p className="text-xs text-slate-700">
        <a href={`/${locale}/cases/${slug}`} target="_blank" rel="noopener" className="text-blue-800 underline" data-testid="embed-source">
          {t("source", { title: localized(locale, incident.title, incident.titleKo), version: incident.version })}
          <span className="sr-only"> {t("opensInNewTab")}</span>
        </a>
      </p>
    </div>
  );
}
