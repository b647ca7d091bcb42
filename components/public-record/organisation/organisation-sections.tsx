// The company page's lists: the published cases that name the organisation (with its role in
// each) and the sanctions, each with its appeal outcome and the amount that stands after it.
import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/cases/localized-text";
import { ArticleLinks, OrganisationName } from "@/components/public-record/public-record-links";
import { formatDate } from "@/lib/format/date";
import { formatMoney } from "@/lib/format/money";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import type { OrganisationCase } from "@/lib/public-record/organisation-page";
import type { PublicSanctionRow } from "@/lib/public-record/sanction-rows";

export function OrganisationCases({ cases }: { cases: OrganisationCase[] }) {
  const t = useTranslations("organisationPage");
  const tt = useTranslations("tracker");
  return (
    <section aria-labelledby="organisation-cases" data-testid="organisation-cases">
      <h2 id="organisation-cases" className="text-xl font-semibold">
        {t("casesTitle")}
      </h2>
      <ul className="mt-3 space-y-2">
        {cases.map((c) => (
          <li key={c.case.slug} className="rounded-lg border border-slate-200 bg-white p-3">
            <Link href={`/cases/${c.case.slug}`} className="font-medium text-blue-800 underline">
              <LocalizedText en={c.case.title} ko={c.case.titleKo} />
            </Link>
            {c.case.isDemo ? <span className="ml-2 rounded border border-amber-300 bg-amber-50 px-1 text-xs text-amber-900">{tt("demo")}</span> : null}
            <p className="mt-1 text-sm text-slate-700">{c.roles.map((role) => t(`roles.${role}`)).join(" · ")}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OrganisationSanctions({ title, rows, empty, testId, locale, showSubject = false }: { title: string; rows: PublicSanctionRow[]; empty?: string; testId: string; locale: Locale; showSubject?: boolean }) {
  const tt = useTranslations("tracker");
  const tw = useTranslations("workflow");
  const id = `${testId}-title`;
  return (
    <section aria-labelledby={id} data-testid={testId}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {rows.length === 0 ? <p className="mt-2 text-slate-700">{empty}</p> : null}
      <ul className="mt-3 space-y-2">
        {rows.map((r) => (
          <li key={`${r.case.slug}:${r.id}`} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <p className="font-medium">
              {tw(`sanctionTypes.${r.type}`)}
              {r.amount ? <span className="tabular-nums"> · {formatMoney(r.amount, locale)}</span> : null}
              {showSubject ? (
                <>
                  {" · "}
                  <OrganisationName organisation={r.subject} />
                </>
              ) : null}
            </p>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-slate-700">
              <dt className="font-medium">{tt("columns.date")}</dt>
              <dd>{r.decisionDate ? formatDate(new Date(`${r.decisionDate}T00:00:00Z`), "day", locale) : tt("none")}</dd>
              <dt className="font-medium">{tt("columns.appeal")}</dt>
              <dd>{r.appealOutcome ? tw(`appealOutcomes.${r.appealOutcome}`) : tt("noAppeal")}</dd>
              {r.finalAmount ? (
                <>
                  <dt className="font-medium">{tt("columns.finalAmount")}</dt>
                  <dd className="tabular-nums">{formatMoney(r.finalAmount, locale)}</dd>
                </>
              ) : null}
              {r.articles.length > 0 ? (
                <>
                  <dt className="font-medium">{tt("columns.articles")}</dt>
                  <dd>
                    <ArticleLinks articles={r.articles} locale={locale} />
                  </dd>
                </>
              ) : null}
              <dt className="font-medium">{tt("columns.case")}</dt>
              <dd>
                <Link href={`/cases/${r.case.slug}`} className="text-blue-800 underline">
                  <LocalizedText en={r.case.title} ko={r.case.titleKo} />
                </Link>
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
