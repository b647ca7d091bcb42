import { useTranslations } from "next-intl";
import type { PublishedCase } from "@/lib/publishing/get-published-case";
import { localized } from "@/lib/i18n/localized";
import { useAppLocale } from "@/lib/i18n/use-app-locale";

export function DataShared({ categories }: { categories: PublishedCase["dataCategories"] }) {
  const t = useTranslations("case");
  const tc = useTranslations("consent");
  const tp = useTranslations("protection");
  const tr = useTranslations("reversibility");
  const locale = useAppLocale();
  if (categories.length === 0) return null;
  return (
    <section aria-labelledby="data-shared">
      <h2 id="data-shared" className="text-xl font-semibold">
        {t("whatWasShared")}
      </h2>
      <div className="relative mt-3 overflow-x-auto rounded-lg border border-slate-200" tabIndex={0} role="group" aria-label={t("whatWasShared")}>
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("whatWasShared")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("consent")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("protection")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("reversibility")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {categories.map((c) => (
              <tr key={c.id} className="align-top">
                <th scope="row" className="px-4 py-2 font-medium text-slate-900">
                  {localized(locale, c.name, c.nameKo)}
                </th>
                <td className="px-4 py-2">{tc(c.consent)}</td>
                <td className="px-4 py-2">{tp(c.protectionMethod)}</td>
                <td className="px-4 py-2">
                  <span className={c.reversibility === "reversible" ? "font-semibold text-red-800" : undefined}>{tr(c.reversibility)}</span>
                  {c.reversibilityNote ? <p className="mt-1 text-xs text-slate-600">{c.reversibilityNote}</p> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {categories[0]?.purposeClaimed ? (
        <p className="mt-2 text-sm text-slate-700">
          <span className="font-medium">{t("purpose")}:</span> {categories[0].purposeClaimed}
        </p>
      ) : null}
    </section>
  );
}
