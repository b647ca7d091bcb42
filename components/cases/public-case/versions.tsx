import { getTranslations } from "next-intl/server";
import { formatInstantDay } from "@/lib/format/date";
import { formatCount } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/locales";
import type { PublishedCase } from "@/lib/publishing/get-published-case";

/** Every published version of this summary: when, what changed, and each corrected figure's previous value. */
export async function Versions({ history, locale }: { history: PublishedCase["history"]; locale: Locale }) {
  const t = await getTranslations("case");
  return (
    <section aria-labelledby="versions" data-testid="versions">
      <h2 id="versions" className="text-xl font-semibold">
        {t("versionsTitle")}
      </h2>
      <ol className="mt-3 space-y-3">
        {[...history].reverse().map((v) => (
          <li key={v.number} className="text-sm" data-version={v.number}>
            <p className="font-medium">{t("versionLine", { number: v.number, date: formatInstantDay(v.publishedAt, locale) })}</p>
            {v.correctionNote ? <p className="text-slate-700">{v.correctionNote}</p> : null}
            {v.corrections.map((c) => (
              <p key={c.figure} className="text-slate-700" data-correction={c.figure}>
                {t("correctedFigure", { figure: t(c.figure === "people" ? "peopleAffected" : "recordsShared"), previous: formatCount(c.previous, locale), current: formatCount(c.current, locale) })}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
