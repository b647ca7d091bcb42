import { getTranslations } from "next-intl/server";
import { formatInstantDay } from "@/lib/format/date";
import { formatCount } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { PublishedCase } from "@/lib/publishing/get-published-case";
import { CompareForm } from "./compare-form";

/**
 * Every published version of this summary: when, what changed, each corrected figure's previous
 * value, and a link to read it as it went out or to compare it with the one before.
 */
export async function Versions({ history, locale, slug, current }: { history: PublishedCase["history"]; locale: Locale; slug: string; current: number }) {
  const t = await getTranslations("case");
  const tv = await getTranslations("versionsPage");
  const newestFirst = [...history].reverse();
  return (
    <section aria-labelledby="versions" data-testid="versions">
      <h2 id="versions" className="text-xl font-semibold">
        {t("versionsTitle")}
      </h2>
      <ol className="mt-3 space-y-3">
        {newestFirst.map((v, i) => {
          const previous = newestFirst[i + 1];
          return (
            <li key={v.number} className="text-sm" data-version={v.number}>
              <p className="font-medium">
                {t("versionLine", { number: v.number, date: formatInstantDay(v.publishedAt, locale) })}
                {v.number === current ? <span className="ml-2 rounded border border-slate-500 px-1.5 text-xs font-semibold">{tv("current")}</span> : null}
              </p>
              {v.correctionNote ? <p className="text-slate-700">{v.correctionNote}</p> : null}
              {v.corrections.map((c) => (
                <p key={c.figure} className="text-slate-700" data-correction={c.figure}>
                  {t("correctedFigure", { figure: t(c.figure === "people" ? "peopleAffected" : "recordsShared"), previous: formatCount(c.previous, locale), current: formatCount(c.current, locale) })}
                </p>
              ))}
              <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 print:hidden">
                <Link href={`/cases/${slug}/versions/${v.number}`} className="text-blue-800 underline">
                  {tv("open", { number: v.number })}
                </Link>
                {previous ? (
                  <Link href={`/cases/${slug}/compare?from=${previous.number}&to=${v.number}`} className="text-blue-800 underline">
                    {tv("compareWithPrevious", { number: previous.number })}
                  </Link>
                ) : null}
              </p>
            </li>
          );
        })}
      </ol>
      {history.length > 1 ? <CompareForm history={history} locale={locale} slug={slug} /> : null}
    </section>
  );
}
