import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/format/date";
import { formatMoney } from "@/lib/format/money";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { OrganizationPage } from "@/lib/organisations/get-organization";

/** The cases the organisation appears in (among those the viewer may see), each with its roles there. */
export async function OrganizationCases({ locale, cases }: { locale: Locale; cases: OrganizationPage["cases"] }) {
  const [t, tState] = await Promise.all([getTranslations("orgRecords"), getTranslations("state")]);
  return (
    <section aria-labelledby="org-cases">
      <h2 id="org-cases" className="text-lg font-semibold">
        {t("casesTitle", { count: cases.length })}
      </h2>
      {cases.length === 0 ? (
        <div className="mt-2">
          <EmptyState>{t("noCases")}</EmptyState>
        </div>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="organization-cases">
          {cases.map((c) => (
            <li key={c.id} className="p-3" data-slug={c.slug}>
              <Link href={`/workspace/cases/${c.slug}`} className="font-medium text-blue-800 underline">
                {localized(locale, c.title, c.titleKo)}
              </Link>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <span>{tState(c.state as never)}</span>
                {c.roles.map((role) => (
                  <span key={role} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800" data-role={role}>
                    {t(`roles.${role}`)}
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The sanctions naming the organisation, as they stand now, on the cases the viewer may see. */
export async function OrganizationSanctions({ locale, sanctions }: { locale: Locale; sanctions: OrganizationPage["sanctions"] }) {
  const [t, tWorkflow] = await Promise.all([getTranslations("orgRecords"), getTranslations("workflow")]);
  return (
    <section aria-labelledby="org-sanctions">
      <h2 id="org-sanctions" className="text-lg font-semibold">
        {t("sanctionsTitle")}
      </h2>
      {sanctions.length === 0 ? (
        <div className="mt-2">
          <EmptyState>{t("noSanctions")}</EmptyState>
        </div>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="organization-sanctions">
          {sanctions.map((s) => {
            const minor = s.amountMinor ?? s.proposedAmountMinor;
            return (
              <li key={s.id} className="p-3 text-sm">
                <p className="font-medium">
                  {tWorkflow(`sanctionTypes.${s.type}`)} · {tWorkflow(`sanctionStatus.${s.status}`)}
                  {minor !== null ? <span className="ml-2">{formatMoney({ minor, currency: s.currency }, locale)}</span> : null}
                </p>
                <p className="mt-1 text-slate-700">
                  <Link href={`/workspace/cases/${s.incident.slug}/workflow`} className="text-blue-800 underline">
                    {localized(locale, s.incident.title, s.incident.titleKo)}
                  </Link>
                  {s.decisionDate ? <span className="ml-2">{t("decidedOn", { date: formatDate(s.decisionDate, "day", locale) })}</span> : null}
                  {s.appealOutcome ? <span className="ml-2">{tWorkflow(`appealOutcomes.${s.appealOutcome}`)}</span> : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
