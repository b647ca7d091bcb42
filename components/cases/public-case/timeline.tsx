import { useTranslations } from "next-intl";
import { formatDate, toIsoDay } from "@/lib/format/date";
import type { PublishedCase } from "@/lib/publishing/get-published-case";
import { localized } from "@/lib/i18n/localized";
import { useAppLocale } from "@/lib/i18n/use-app-locale";

export function Timeline({ events }: { events: PublishedCase["timeline"] }) {
  const t = useTranslations("case");
  const locale = useAppLocale();
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline" className="text-xl font-semibold">
        {t("timeline")}
      </h2>
      <ol className="mt-3 space-y-4 border-l-2 border-slate-200 pl-4">
        {events.map((e) => (
          <li key={e.id} id={`event-${e.id}`}>
            <time dateTime={toIsoDay(e.occurredOn)} className="text-sm font-medium text-slate-600">
              {formatDate(e.occurredOn, e.precision, locale)}
            </time>
            <p className="font-medium text-slate-900">{localized(locale, e.title, e.titleKo)}</p>
            {e.description ? <p className="text-sm text-slate-700">{e.description}</p> : null}
            {e.inferenceNote ? (
              <p className="mt-1 text-xs text-slate-600">
                <span className="rounded bg-slate-100 px-1 font-medium">{t("inferred")}</span> {e.inferenceNote}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
