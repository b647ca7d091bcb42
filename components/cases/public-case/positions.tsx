import { useTranslations } from "next-intl";
import type { PublishedCase } from "@/lib/publishing/get-published-case";
import { localized } from "@/lib/i18n/localized";
import { useAppLocale } from "@/lib/i18n/use-app-locale";

export function Positions({ statements }: { statements: PublishedCase["statements"] }) {
  const t = useTranslations("case");
  const locale = useAppLocale();
  if (statements.length === 0) return null;
  return (
    <section aria-labelledby="positions">
      <h2 id="positions" className="text-xl font-semibold">
        {t("positions")}
      </h2>
      <ul className="mt-3 space-y-3">
        {statements.map((s) => (
          <li key={s.id}>
            <figure className="rounded-lg border-l-4 border-slate-400 bg-slate-50 px-4 py-3">
              <blockquote className="text-slate-800">{localized(locale, s.quote, s.quoteKo)}</blockquote>
              <figcaption className="mt-1 text-sm text-slate-600">
                {s.organization ? `— ${localized(locale, s.organization.name, s.organization.nameKo)}` : null}
                {s.context ? ` (${s.context})` : ""}
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
