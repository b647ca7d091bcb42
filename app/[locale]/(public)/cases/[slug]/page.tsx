import { getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LocalizedText } from "@/components/cases/localized-text";
import { HeadlineFigure } from "@/components/cases/headline-figure";
import { ProvenanceBadge } from "@/components/cases/provenance-badge";
import { PublicCharts } from "@/components/cases/public-case/public-charts";
import { Versions } from "@/components/cases/public-case/versions";
import { PublicStageBadge } from "@/components/cases/public-stage-badge";
import { formatDate, formatInstantDay, formatPeriod } from "@/lib/format/date";
import { formatCount } from "@/lib/format/number";
import { getPublishedCase } from "@/lib/publishing/get-published-case";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicSnapshot } from "@/lib/publishing/snapshot";
import { pageLocale } from "@/lib/i18n/page-locale";
import { DataShared, FindingsList, KeyFigures, Positions, SourcesList, Timeline } from "@/components/cases/public-case/case-sections";
import { SanctionsList } from "@/components/cases/public-case/sanctions-list";

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
  const people = incident.headline.people;
  const split = people?.split;
  const fmt = (n: number | null) => (n === null ? "–" : formatCount(n, locale));
  const latest = incident.history.at(-1);
  const charts = await chartProps(incident.raw, locale);
  const correctionOf = (figure: "people" | "records") => {
    const c = latest?.corrections.find((x) => x.figure === figure);
    return c && latest ? t("correctionNotice", { number: latest.number, previous: formatCount(c.previous, locale) }) + (latest.correctionNote ? ` ${latest.correctionNote}` : "") : undefined;
  };

  return (
    <div className="space-y-10">
      <div>
        <Link href="/" className="text-sm text-blue-800 underline print:hidden">
          ← {t("backToCases")}
        </Link>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {incident.stage ? <PublicStageBadge stage={incident.stage} /> : null}
        </div>
        <LocalizedText as="h1" className="mt-2 text-3xl font-semibold tracking-tight" en={incident.title} ko={incident.titleKo} />
        <LocalizedText as="p" className="mt-3 max-w-prose text-slate-700" en={incident.summary} ko={incident.summaryKo} />
      </div>

      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <HeadlineFigure
          label={t("peopleAffected")}
          figure={people}
          detail={[split ? t("populationSplit", { active: fmt(split.active), dormant: fmt(split.dormant), former: fmt(split.former), unsplit: fmt(split.unsplit) }) : null, correctionOf("people")].filter(Boolean).join(" ") || undefined}
        />
        <HeadlineFigure label={t("recordsShared")} figure={incident.headline.records} detail={correctionOf("records")} />
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">{t("period")}</dt>
          <dd className="mt-1 text-lg font-semibold">{formatPeriod(incident.period, locale, { ongoing: t("ongoing"), unknown: t("unknown") })}</dd>
          {incident.series.days > 0 && incident.series.provenance ? (
            <dd className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
              {t("recordsNote", { days: formatCount(incident.series.days, locale) })}
              <ProvenanceBadge provenance={incident.series.provenance} />
            </dd>
          ) : null}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">{t("recipients")}</dt>
          <dd className="mt-1 space-y-1">
            {incident.recipientDetails.map((r) => (
              <p key={r.id}>
                <LocalizedText className="font-semibold" en={r.name} ko={r.nameKo} />
                <LocalizedText className="block text-xs text-slate-600" en={r.relationship} ko={r.relationshipKo} />
                <LocalizedText className="block text-xs text-slate-600" en={r.description} ko={r.descriptionKo} />
              </p>
            ))}
          </dd>
        </div>
      </dl>

      <div className="grid gap-10 lg:grid-cols-3">
        <div className="min-w-0 space-y-10 lg:col-span-2">
          <DataShared categories={incident.dataCategories} />
          <FindingsList findings={incident.findings} />
          <Positions statements={incident.statements} />
          <SanctionsList sanctions={incident.sanctions} />
          {charts.hasRecords || charts.people ? (
            <section aria-labelledby="charts" className="space-y-4 print:hidden">
              <h2 id="charts" className="text-xl font-semibold">
                {t("chartsTitle")}
              </h2>
              <noscript>
                <p className="text-sm text-slate-700">{t("chartsFallback")}</p>
              </noscript>
              <PublicCharts slug={slug} locale={locale} {...charts} />
            </section>
          ) : null}
        </div>
        <div className="min-w-0 space-y-10">
          <KeyFigures figures={incident.figures} />
          <Timeline events={incident.timeline} />
          <SourcesList sources={incident.sources} />
          <Versions history={incident.history} locale={locale} />
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
            <h3 className="font-medium">{t("citeTitle")}</h3>
            <p className="break-all rounded border border-slate-200 bg-slate-50 p-2 font-mono text-xs" data-testid="cite">
              {t("cite", {
                authority: incident.authority ? localized(locale, incident.authority.name, incident.authority.nameKo) : "Casefile",
                title: localized(locale, incident.title, incident.titleKo),
                version: incident.version,
                date: formatInstantDay(incident.publishedAt, locale),
                url: `/${locale}/cases/${slug}`,
              })}
            </p>
          </section>
        </div>
      </div>
    </div>
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
