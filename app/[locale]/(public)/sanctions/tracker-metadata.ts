import { getTranslations } from "next-intl/server";

/** One address for the tracker, whichever page renders it: filtered views are the same page with a query. */
export async function trackerMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "tracker" });
  return {
    title: t("title"),
    alternates: {
      canonical: `/${locale}/sanctions`,
      languages: { en: "/en/sanctions", ko: "/ko/sanctions" },
      types: { "application/atom+xml": `/${locale}/sanctions/feed.xml` },
    },
  };
}
