import { useTranslations } from "next-intl";
import { formatPeriod } from "@/lib/format/date";
import type { PublishedCaseSummary as PublicCaseSummary } from "@/lib/publishing/get-published-case";
import { Link } from "@/lib/i18n/navigation";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { HeadlineFigure } from "./headline-figure";
import { LocalizedText } from "./localized-text";
import { PublicStageBadge } from "./public-stage-badge";

export function CaseCard({ item }: { item: PublicCaseSummary }) {
  const t = useTranslations("case");
  const tHome = useTranslations("home");
  const locale = useAppLocale();
  return (
    <article className="rounded-xl border border-slate-200 bg-slate-50 p-5 shadow-sm" aria-labelledby={`case-${item.slug}`}>
      <div className="flex flex-wrap items-center gap-2">
        {item.stage ? <PublicStageBadge stage={item.stage} /> : null}
        {item.isDemo ? (
          <span className="rounded-full bg-yellow-100 px-2.5 py-0.5 text-xs font-medium text-yellow-900 ring-1 ring-yellow-400" title={tHome("demoNote")}>
            {tHome("demo")}
          </span>
        ) : null}
      </div>
      <h2 id={`case-${item.slug}`} className="mt-3 text-xl font-semibold text-slate-900">
        <Link href={`/cases/${item.slug}`} className="hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
          <LocalizedText en={item.title} ko={item.titleKo} />
        </Link>
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        <LocalizedText en={item.investigated.name} ko={item.investigated.nameKo} />
        {item.recipients.map((r, i) => (
          <span key={r.id}>
            {i === 0 ? " → " : ", "}
            <LocalizedText en={r.name} ko={r.nameKo} />
          </span>
        ))}
        {" · "}
        {formatPeriod(item.period, locale, { ongoing: t("ongoing"), unknown: t("unknown") })}
      </p>
      <dl className="mt-4 grid gap-3 sm:grid-cols-2">
        <HeadlineFigure label={t("peopleAffected")} figure={item.headline.people} />
        <HeadlineFigure label={t("recordsShared")} figure={item.headline.records} />
      </dl>
    </article>
  );
}
