import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OrganisationCases, OrganisationSanctions } from "@/components/public-record/organisation/organisation-sections";
import { LocalizedText } from "@/components/cases/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getOrganisationPage } from "@/lib/public-record/public-reads";

// Built only from published versions; publishing revalidates the whole /[locale] layout.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { locale, slug } = await params;
  const page = await getOrganisationPage(slug);
  if (!page) return {};
  return {
    title: localized(isLocale(locale) ? locale : defaultLocale, page.organisation.name, page.organisation.nameKo),
    alternates: {
      canonical: `/${locale}/organisations/${slug}`,
      languages: { en: `/en/organisations/${slug}`, ko: `/ko/organisations/${slug}` },
      types: { "application/atom+xml": `/${locale}/organisations/${slug}/feed.xml` },
    },
  };
}

export default async function OrganisationPublicPage({ params }: { params: Params }) {
  const { locale, slug } = await pageLocale(params);
  const page = await getOrganisationPage(slug);
  if (!page) notFound();
  const [t, ts] = await Promise.all([getTranslations("organisationPage"), getTranslations("orgSector")]);
  const o = page.organisation;
  const otherName = locale === "ko" ? o.name : o.nameKo;
  const repeatCases = new Set(page.sanctions.map((s) => s.case.slug)).size;
  return (
    <div className="space-y-8">
      <div>
        <Link href="/sanctions" className="text-sm text-blue-800 underline">
          ← {t("allSanctions")}
        </Link>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">
          <LocalizedText en={o.name} ko={o.nameKo} />
        </h1>
        {otherName && otherName !== localized(locale, o.name, o.nameKo) ? (
          <p className="text-lg text-slate-700" lang={locale === "ko" ? "en" : "ko"} data-testid="organisation-other-name">
            {otherName}
          </p>
        ) : null}
        <p className="mt-1 max-w-prose text-slate-700">{t("intro")}</p>
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1">
            <dt className="font-medium">{t("sector")}:</dt>
            <dd>{o.sector ? ts(o.sector) : t("notClassified")}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="font-medium">{t("country")}:</dt>
            <dd>{o.country ? (new Intl.DisplayNames([locale], { type: "region" }).of(o.country) ?? o.country) : t("notClassified")}</dd>
          </div>
        </dl>
        <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          {page.repeat ? (
            <p className="rounded border border-red-300 bg-red-50 px-2 py-1 font-medium text-red-900" data-testid="repeat-mark">
              {t("repeat", { count: repeatCases })}
            </p>
          ) : null}
          <a href={`/${locale}/organisations/${slug}/feed.xml`} className="text-blue-800 underline">
            {t("feed")}
          </a>
        </div>
      </div>
      <OrganisationCases cases={page.cases} />
      <OrganisationSanctions title={t("sanctionsTitle")} rows={page.sanctions} empty={t("noSanctions")} testId="organisation-sanctions" locale={locale} />
      {page.decided.length > 0 ? <OrganisationSanctions title={t("decidedTitle")} rows={page.decided} testId="organisation-decided" locale={locale} showSubject /> : null}
    </div>
  );
}
