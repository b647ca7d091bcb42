import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { caseFeedPath } from "@/lib/publishing/feed-links";
import { PUBLISHED_CASE_SCHEMA_PATH } from "@/lib/publishing/published-case-schema";

/** The case's downloads: its tables (zip), the complete JSON and its schema, and its feed. */
export async function OpenDataLinks({ slug, locale }: { slug: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "openData" });
  const links = [
    { href: `/cases/${encodeURIComponent(slug)}.zip`, label: t("tables"), testId: "open-data-zip", download: true },
    { href: `/cases/${encodeURIComponent(slug)}.json`, label: t("json"), testId: "open-data-json", download: false },
    { href: PUBLISHED_CASE_SCHEMA_PATH, label: t("schema"), testId: "open-data-schema", download: false },
    { href: caseFeedPath(locale, slug), label: t("caseFeed"), testId: "open-data-feed", download: false },
  ];
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 print:hidden">
      {links.map((l) => (
        <li key={l.testId}>
          <a href={l.href} className="text-blue-800 underline" data-testid={l.testId} {...(l.download ? { download: "" } : {})}>
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
