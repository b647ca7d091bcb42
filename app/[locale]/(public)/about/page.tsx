import { getTranslations } from "next-intl/server";
import { ProvenanceBadge } from "@/components/cases/provenance-badge";
import { PROVENANCES } from "@/lib/enums";
import { pageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";

// Text only: built for each language at build time.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata() {
  const t = await getTranslations("about");
  return { title: t("title") };
}

export default async function AboutPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("about");
  const tp = await getTranslations("provenance");
  return (
    <article className="max-w-prose space-y-4">
      <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p>{t("intro")}</p>
      <dl className="space-y-3">
        {PROVENANCES.map((p) => (
          <div key={p} className="flex items-start gap-3">
            <dt className="w-28 shrink-0">
              <ProvenanceBadge provenance={p} />
            </dt>
            <dd className="text-slate-700">{tp(`${p}Help`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t("numbers")}</p>
      <p>{t("dates")}</p>
      <p>{t("storage")}</p>
    </article>
  );
}
