import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CiteThis } from "@/components/cases/public-case/cite-this";
import { PublicCaseBody } from "@/components/cases/public-case/public-case-body";
import { VersionBanner } from "@/components/cases/public-case/version-banner";
import { Versions } from "@/components/cases/public-case/versions";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getPublishedVersion } from "@/lib/publishing/get-published-case";
import { parseVersionNumber } from "@/lib/publishing/version-number";

// As the case page: publishing, correcting and unpublishing revalidate the whole /[locale] layout.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; slug: string; number: string }>;

async function load(params: Params) {
  const { slug, number } = await params;
  const n = parseVersionNumber(number);
  return n === null ? null : getPublishedVersion(slug, n);
}

export async function generateMetadata({ params }: { params: Params }) {
  const { locale, slug } = await params;
  const version = await load(params);
  if (!version) return {};
  const t = await getTranslations({ locale: isLocale(locale) ? locale : defaultLocale, namespace: "versionsPage" });
  return {
    title: t("metaTitle", { title: localized(isLocale(locale) ? locale : defaultLocale, version.title, version.titleKo), number: version.version }),
    // One address per case for search engines: the current summary; a version is for citing.
    robots: { index: false, follow: true },
    alternates: { canonical: `/${locale}/cases/${slug}` },
  };
}

export default async function PublicCaseVersionPage({ params }: { params: Params }) {
  const { locale, slug } = await pageLocale(params);
  const version = await load(params);
  if (!version) notFound();
  const t = await getTranslations("versionsPage");
  return (
    <PublicCaseBody
      incident={version}
      correctedBy={{ number: version.version, correctionNote: version.correctionNote, corrections: version.corrections }}
      top={
        <>
          <Link href={`/cases/${slug}`} className="text-sm text-blue-800 underline print:hidden">
            {t("backToCase")}
          </Link>
          <VersionBanner locale={locale} slug={slug} version={version} />
        </>
      }
      aside={
        <>
          <Versions history={version.history} locale={locale} slug={slug} current={version.current.number} />
          <CiteThis locale={locale} slug={slug} version={version.version} publishedAt={version.publishedAt} title={version.title} titleKo={version.titleKo} authority={version.authority} />
        </>
      }
    />
  );
}
