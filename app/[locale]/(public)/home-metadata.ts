import { getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locales";
import { atomAlternate, languageFeedPath } from "@/lib/publishing/feed-links";

/** The home page's and the search view's metadata: the language's Atom feed. */
export async function homeMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "openData" });
  return { alternates: { types: atomAlternate(languageFeedPath(locale), t("feedTitle")) } };
}
