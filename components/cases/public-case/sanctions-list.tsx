// The public case page's sanctions: each decided sanction with its amount in its own currency,
// and, where several have amounts, one total per currency (amounts in different currencies are
// never added together). Versions published before currencies carry won only, read as KRW.
import { useTranslations } from "next-intl";
import { OrganisationName } from "@/components/public-record/public-record-links";
import { formatDate } from "@/lib/format/date";
import { formatMoney } from "@/lib/format/money";
import { sumByCurrency, type Money } from "@/lib/money/amount";
import { storedMoney } from "@/lib/money/stored-money";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import type { PublishedCase } from "@/lib/publishing/get-published-case";

export function SanctionsList({ sanctions }: { sanctions: PublishedCase["sanctions"] }) {
  const t = useTranslations("case");
  const tw = useTranslations("workflow");
  const locale = useAppLocale();
  if (sanctions.length === 0) return null;
  const rows = sanctions.map((s) => ({ ...s, money: storedMoney(s) }));
  const amounts = rows.flatMap((r) => (r.money ? [r.money] : []));
  const totals: Money[] = amounts.length > 1 ? sumByCurrency(amounts) : [];
  return (
    <section aria-labelledby="sanctions" data-testid="public-sanctions">
      <h2 id="sanctions" className="text-xl font-semibold">
        {t("sanctions")}
      </h2>
      <ul className="mt-3 space-y-2">
        {rows.map((s) => (
          <li key={s.id}>
            <p className="font-medium">
              {tw(`sanctionTypes.${s.type}`)} · {s.subject?.slug ? <OrganisationName organisation={s.subject} /> : s.subjectName}
              {s.money ? <span className="tabular-nums"> · {formatMoney(s.money, locale)}</span> : null}
            </p>
            <p className="text-sm text-slate-700">
              {[
                s.decisionDate ? t("sanctionDecided", { date: formatDate(s.decisionDate, "day", locale) }) : null,
                s.appealOutcome && tw.has(`appealOutcomes.${s.appealOutcome}`) ? t("sanctionAppeal", { outcome: tw(`appealOutcomes.${s.appealOutcome}`) }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </li>
        ))}
      </ul>
      {totals.length > 0 ? (
        <p className="mt-3 text-sm" data-testid="public-sanctions-total">
          <span className="font-medium">{t("sanctionsTotal")}:</span> <span className="tabular-nums">{totals.map((m) => formatMoney(m, locale)).join(" · ")}</span>
        </p>
      ) : null}
    </section>
  );
}
