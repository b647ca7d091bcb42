import { getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PublicCharts } from "@/components/cases/public-case/public-charts";
import { Versions } from "@/components/cases/public-case/versions";
import { CiteThis } from "@/components/cases/public-case/cite-this";
import { PublicCaseBody } from "@/components/cases/public-case/public-case-body";
import { formatDate } from "@/lib/format/date";
import { getPublishedCase } from "@/lib/publishing/get-published-case";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicSnapshot } from "@/lib/publishing/snapshot";
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
    alternates: { canonical: `/${locale}/cases/${slug}`, languages: { en: `/en/cases/${slug}`, ko: `/ko/cases/${slug}` } },
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
          </section>
        ) : null
      }
      aside={
        <>
          <Versions history={incident.history} locale={locale} slug={slug} current={incident.version} />
          <section aria-labelledby="open-data" className="space-y-2 text-sm" data-testid="open-data">
            <h2 id="open-data" className="text-xl font-semibold">
              {t("openDataTitle")}
            </h2>
            <p className="print:hidden">
              <a href={`/cases/${slug}.json`} className="text-blue-800 underline">
                JSON
              </a>{" "}
              ·{" "}
              <a href={`/cases/${slug}.csv`} className="text-blue-800 underline">
                CSV
              </a>{" "}
              · <a href="/feed.xml" className="text-blue-800 underline">Atom</a>
            </p>
          </section>
          <CiteThis locale={locale} slug={slug} version={incident.version} publishedAt={incident.publishedAt} title={incident.title} titleKo={incident.titleKo} authority={incident.authority} />
        </>
      }
    />
  );
}

/** What the lazily loaded charts need: the published people split, and only their own messages. */
async function chartProps(snapshot: PublicSnapshot, locale: Locale) {
  const [messages, t, ts, tc] = await Promise.all([
    getMessages({ locale }),
    getTranslations({ locale, namespace: "case" }),
    getTranslations({ locale, namespace: "caseWs" }),
    getTranslations({ locale, namespace: "charts" }),
  ]);
  const split = snapshot.headline.people?.split;
  const rows = split
    ? (["active", "dormant", "former", "unsplit"] as const).flatMap((key) => (split[key] === null ? [] : [{ label: ts(key), people: split[key] }]))
    : [];
  const asOf = snapshot.headline.people?.asOf;
  return {
    hasRecords: (snapshot.series.months?.length ?? 0) > 0,
    people: rows.length > 0 ? { rows, asOf: asOf ? t("peopleAsOf", { date: formatDate(new Date(`${asOf}T00:00:00Z`), "day", locale) }) : null } : null,
    loadingLabel: tc("loading"),
    messages: {
      charts: messages.charts,
      provenance: messages.provenance,
      // The series' From and To fields (components/forms/day-input.tsx).
      dayField: messages.dayField,
      case: Object.fromEntries((["recordsPerMonth", "peopleByStatus", "status", "people"] as const).map((k) => [k, t.raw(k) as string])),
    },
  };
}
