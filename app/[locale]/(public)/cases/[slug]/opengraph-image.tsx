import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { OgCard } from "@/components/cases/og-card";
import { formatCount } from "@/lib/format/number";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getPublishedCase } from "@/lib/publishing/get-published-case";
import { loadOgFonts } from "@/lib/publishing/og-fonts";

// The card shown when a case's link is shared, in the page's language, drawn with the bundled
// Noto Sans KR (lib/publishing/og-fonts.ts): the renderer's own font has no Hangul.
export const alt = "Casefile: a published privacy-incident summary";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const revalidate = 60;

export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: raw, slug } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const [published, t, tProvenance, fonts] = await Promise.all([
    getPublishedCase(slug),
    getTranslations({ locale, namespace: "case" }),
    getTranslations({ locale, namespace: "provenance" }),
    loadOgFonts(),
  ]);
  const figures = [
    { label: t("peopleAffected"), figure: published?.headline.people },
    { label: t("recordsShared"), figure: published?.headline.records },
  ].flatMap(({ label, figure }) => (figure ? [{ label, value: formatCount(figure.value, locale), provenance: tProvenance(figure.provenance) }] : []));
  const title = published ? localized(locale, published.title, published.titleKo) : "Casefile";
  return new ImageResponse(<OgCard heading={t("ogHeading")} title={title} figures={figures} />, { ...size, fonts });
}
