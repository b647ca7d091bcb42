// "Cite this" for one version of a case: the absolute address of that version, its number and
// today's access day (in Seoul), as plain text, BibTeX and CSL-JSON.
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { citeBibtex, citeCslJson, citePlain, versionUrl, type CitationInput } from "@/lib/publishing/citation";
import { siteUrl } from "@/lib/site-env";
import { todayInSeoul } from "@/lib/validation/fields";
import { CiteBox } from "./cite-box";

export async function CiteThis(props: {
  locale: Locale;
  slug: string;
  version: number;
  publishedAt: Date;
  title: string;
  titleKo: string | null;
  authority: { name: string; nameKo: string | null } | null;
}) {
  const t = await getTranslations({ locale: props.locale, namespace: "cite" });
  const accessed = todayInSeoul();
  const input: CitationInput = {
    slug: props.slug,
    title: localized(props.locale, props.title, props.titleKo),
    authority: props.authority ? localized(props.locale, props.authority.name, props.authority.nameKo) : null,
    version: props.version,
    publishedAt: props.publishedAt,
    url: versionUrl({ site: siteUrl(), locale: props.locale, slug: props.slug, version: props.version }),
    accessed,
    locale: props.locale,
  };
  const formats = [
    { id: "plain" as const, label: t("plain"), text: citePlain(input) },
    { id: "bibtex" as const, label: t("bibtex"), text: citeBibtex(input) },
    { id: "csl" as const, label: t("csl"), text: citeCslJson(input) },
  ];
  return (
    <section aria-labelledby="cite-this" className="space-y-2 text-sm print:hidden">
      <h2 id="cite-this" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-slate-700">{t("hint", { version: props.version, date: formatDate(new Date(`${accessed}T00:00:00Z`), "day", props.locale) })}</p>
      <CiteBox
        formats={formats}
        labels={{
          formats: t("formats"),
          copy: t("copy"),
          copied: t("copied"),
          copyFailed: t("copyFailed"),
          textLabel: { plain: t("textLabel", { format: t("plain") }), bibtex: t("textLabel", { format: t("bibtex") }), csl: t("textLabel", { format: t("csl") }) },
        }}
      />
    </section>
  );
}
