// Two versions to compare, chosen from the released ones: a plain GET form, so it works without
// JavaScript and the comparison's address is shareable (/cases/<slug>/compare?from=&to=).
import { getTranslations } from "next-intl/server";
import { formatInstantDay } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import type { PublishedCase } from "@/lib/publishing/get-published-case";

export async function CompareForm(props: { history: PublishedCase["history"]; locale: Locale; slug: string; from?: number; to?: number }) {
  const t = await getTranslations({ locale: props.locale, namespace: "versionsPage" });
  const numbers = props.history.map((v) => v.number);
  const from = props.from ?? numbers.at(-2) ?? numbers[0];
  const to = props.to ?? numbers.at(-1);
  const options = props.history.map((v) => (
    <option key={v.number} value={v.number}>
      {t("versionOption", { number: v.number, date: formatInstantDay(v.publishedAt, props.locale) })}
    </option>
  ));
  const select = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm";
  return (
    <form method="get" action={`/${props.locale}/cases/${props.slug}/compare`} className="mt-4 space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm print:hidden" aria-label={t("compareTitle")} data-testid="compare-form">
      <p className="font-medium">{t("compareTitle")}</p>
      <div className="space-y-2">
        <label className="block">
          {t("from")}
          <select name="from" defaultValue={from} className={select}>
            {options}
          </select>
        </label>
        <label className="block">
          {t("to")}
          <select name="to" defaultValue={to} className={select}>
            {options}
          </select>
        </label>
      </div>
      <button type="submit" className="rounded-md border border-slate-900 bg-slate-900 px-3 py-1 text-white hover:bg-slate-700">
        {t("compareSubmit")}
      </button>
    </form>
  );
}
