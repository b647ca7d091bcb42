import { getTranslations } from "next-intl/server";
import { formatInstantDay } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { PublishedVersion } from "@/lib/publishing/get-published-case";

/** Which version the reader is on, when it went out, and the way to the current one. */
export async function VersionBanner({ locale, slug, version }: { locale: Locale; slug: string; version: PublishedVersion }) {
  const t = await getTranslations({ locale, namespace: "versionsPage" });
  const isCurrent = version.version === version.current.number;
  return (
    <div role="note" className="mt-3 rounded-lg border-2 border-amber-700 bg-amber-50 p-3 text-sm text-amber-950" data-testid="version-banner">
      <p>
        {t("banner", { number: version.version, total: version.current.number, date: formatInstantDay(version.publishedAt, locale) })}{" "}
        {isCurrent ? (
          t("bannerIsCurrent")
        ) : (
          <>
            {t("bannerCurrent", { number: version.current.number })}{" "}
            <Link href={`/cases/${slug}`} className="font-semibold underline">
              {t("readCurrent")}
            </Link>
            .
          </>
        )}
      </p>
      {version.correctionNote ? <p className="mt-1">{t("correctionNote", { note: version.correctionNote })}</p> : null}
    </div>
  );
}
