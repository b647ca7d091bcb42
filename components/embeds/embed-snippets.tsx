import { getTranslations } from "next-intl/server";
import { CHART_TITLE_KEY as CHART_TITLE, embedHeight, embedPath, embedSnippet, type EmbedChart } from "@/lib/embeds/embed-url";
import type { Locale } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/site-env";
import { CopyButton } from "./copy-button";


/** Beside the case page's charts: per chart, the `<iframe>` a journalist pastes into an article. */
export async function EmbedSnippets({ locale, slug, title, charts }: { locale: Locale; slug: string; title: string; charts: { hasRecords: boolean; people: unknown } }) {
  const shown = ([charts.hasRecords ? "records" : null, charts.people ? "people" : null] as const).filter((c): c is EmbedChart => c !== null);
  if (shown.length === 0) return null;
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: "embed" }), getTranslations({ locale, namespace: "case" })]);
  return (
    <div className="space-y-2 print:hidden" data-testid="embed-snippets">
      {shown.map((chart) => {
        const name = tc(CHART_TITLE[chart]);
        const snippet = embedSnippet({
          src: new URL(embedPath(locale, slug, chart), siteUrl()).href,
          title: t("frameTitle", { chart: name, title }),
          height: embedHeight(chart),
        });
        const id = `embed-${chart}`;
        return (
          <details key={chart} className="rounded-md border border-slate-200 p-2 text-sm" data-testid={`embed-snippet-${chart}`}>
            <summary className="cursor-pointer font-medium">{t("snippetSummary", { chart: name })}</summary>
            <div className="mt-2 space-y-2">
              <p className="text-slate-700">{t("snippetHelp")}</p>
              <label htmlFor={id} className="sr-only">
                {t("snippetLabel", { chart: name })}
              </label>
              <textarea id={id} readOnly rows={3} value={snippet} className="w-full rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs" />
              <CopyButton source={id} label={t("copy")} copied={t("copied")} failed={t("copyFailed")} />
            </div>
          </details>
        );
      })}
    </div>
  );
}
