import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PublicCharts } from "@/components/cases/public-case/public-charts";
import { OpenDataLinks } from "@/components/cases/public-case/open-data-links";
import { atomAlternate, caseFeedPath } from "@/lib/publishing/feed-links";
import { publicChartProps as chartProps } from "@/components/cases/public-case/public-chart-props";
import { EmbedSnippets } from "@/components/embeds/embed-snippets";
import { oembedDiscovery } from "@/lib/embeds/embed-url";
import { siteUrl } from "@/lib/site-env";
import { Versions } from "@/components/cases/public-case/versions";
import { CaseOrganisations } from "@/components/public-record/case-organisations";
import { CiteThis } from "@/components/cases/public-case/cite-this";
import { PublicCaseBody } from "@/components/cases/public-case/public-case-body";
import { getPublishedCase } from "@/lib/publishing/get-published-case";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

// Rendered on first request, then served from the cache: publishing, correcting or unpublishing
// revalidates it at once (lib/publishing/actions.ts); the minute bounds how late an embargoed
// version can appear after its time.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { locale, slug } = await params;
  const incident = await getPublishedCase(slug);
  if (!incident) return {};
  return {
    title: localized(isLocale(locale) ? locale : defaultLocale, incident.title, incident.titleKo),
    alternates: {
      canonical: `/${locale}/cases/${slug}`,
      languages: { en: `/en/cases/${slug}`, ko: `/ko/cases/${slug}` },
      types: {
        ...(isLocale(locale) ? atomAlternate(caseFeedPath(locale, slug), (await getTranslations({ locale, namespace: "openData" }))("caseFeed")) : {}),
        "application/json+oembed": oembedDiscovery(siteUrl(), isLocale(locale) ? locale : defaultLocale, slug),
      },
    },
  };
}

export default async function PublicCasePage({ params }: { params: Params }) {
  const { locale, slug } = await pageLocale(params);
  const incident = await getPublishedCase(slug);
  if (!incident) notFound();
  const t = await getTranslations("case");
  const latest = incident.history.at(-1);
  const charts = await chartProps(incident.raw, locale);

  return (
    <PublicCaseBody
      incident={incident}
      correctedBy={latest ?? null}
      top={
        <Link href="/" className="text-sm text-blue-800 underline print:hidden">
          ← {t("backToCases")}
        </Link>
      }
      main={
        charts.hasRecords || charts.people ? (
          <section aria-labelledby="charts" className="space-y-4 print:hidden">
            <h2 id="charts" className="text-xl font-semibold">
              {t("chartsTitle")}
            </h2>
            <noscript>
              <p className="text-sm text-slate-700">{t("chartsFallback")}</p>
            </noscript>
            <PublicCharts slug={slug} locale={locale} {...charts} />
            <EmbedSnippets locale={locale} slug={slug} title={localized(locale, incident.title, incident.titleKo)} charts={charts} />
          </section>
        ) : null
      }
      aside={
        <>
          <CaseOrganisations investigated={incident.investigated} authority={incident.authority} />
          <Versions history={incident.history} locale={locale} slug={slug} current={incident.version} />
          <section aria-labelledby="open-data" className="space-y-2 text-sm" data-testid="open-data">
            <h2 id="open-data" className="text-xl font-semibold">
              {t("openDataTitle")}
            </h2>
            <OpenDataLinks slug={slug} locale={locale} />
          </section>
          <CiteThis locale={locale} slug={slug} version={incident.version} publishedAt={incident.publishedAt} title={incident.title} titleKo={incident.titleKo} authority={incident.authority} />
        </>
      }
    />
  );
}
