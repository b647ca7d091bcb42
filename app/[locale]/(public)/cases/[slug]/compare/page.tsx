import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LocalizedText } from "@/components/cases/localized-text";
import { CompareForm } from "@/components/cases/public-case/compare-form";
import { VersionComparison } from "@/components/cases/public-case/version-comparison";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { readCompareRequest } from "@/lib/publishing/compare-request";
import { getPublishedCase, getPublishedVersion } from "@/lib/publishing/get-published-case";

// The query decides what is shown, so the page renders per request; its reads go through the
// public read cache like the case page's.
type Params = Promise<{ locale: string; slug: string }>;
type Query = Promise<{ from?: string | string[]; to?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { locale, slug } = await params;
  const incident = await getPublishedCase(slug);
  if (!incident) return {};
  const l = isLocale(locale) ? locale : defaultLocale;
  const t = await getTranslations({ locale: l, namespace: "versionsPage" });
  return {
    title: `${t("compareTitle")}: ${localized(l, incident.title, incident.titleKo)}`,
    robots: { index: false, follow: true },
    alternates: { canonical: `/${locale}/cases/${slug}` },
  };
}

export default async function CompareVersionsPage({ params, searchParams }: { params: Params; searchParams: Query }) {
  const { locale, slug } = await pageLocale(params);
  const incident = await getPublishedCase(slug);
  if (!incident) notFound();
  const request = readCompareRequest(await searchParams, incident.history.map((v) => v.number));
  if (request.kind === "not-found") notFound();
  const t = await getTranslations("versionsPage");
  const [from, to] = request.kind === "compare" ? await Promise.all([getPublishedVersion(slug, request.from), getPublishedVersion(slug, request.to)]) : [null, null];
  if (request.kind === "compare" && (!from || !to)) notFound();
  const message = request.kind === "choose" ? t("chooseTwo") : request.kind === "bad" ? t("badNumber", { value: request.value }) : request.kind === "same" ? t("sameVersion") : null;

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/cases/${slug}`} className="text-sm text-blue-800 underline">
          {t("backToCase")}
        </Link>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("compareTitle")}</h1>
        <LocalizedText as="p" className="mt-1 text-lg text-slate-700" en={incident.title} ko={incident.titleKo} />
      </div>
      {message ? (
        <p role="status" className="rounded-lg border-2 border-amber-700 bg-amber-50 p-3 text-sm text-amber-950" data-testid="compare-message">
          {message}
        </p>
      ) : null}
      {from && to ? <VersionComparison locale={locale} from={from} to={to} history={incident.history} /> : null}
      <div className="max-w-xl">
        <CompareForm history={incident.history} locale={locale} slug={slug} from={request.kind === "compare" ? request.from : undefined} to={request.kind === "compare" ? request.to : undefined} />
      </div>
    </div>
  );
}
